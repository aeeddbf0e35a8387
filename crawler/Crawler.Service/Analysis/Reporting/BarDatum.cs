namespace Crawler.Analysis.Reporting;

/// <summary>One bar of an <see cref="SvgBarChart"/>.</summary>
internal sealed record BarDatum(string Label, double Value, string ValueText, bool Highlight = false);
