namespace Crawler.Analysis.Reporting;

/// <summary>One research area across the firms (cells in <see cref="StudyReport.Firms"/> order).</summary>
public sealed record AreaRow(string Tag, string Name, int Total, IReadOnlyList<AreaCell> Cells);
