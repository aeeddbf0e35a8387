namespace Crawler.Alerts;

/// <summary>What <c>alerts redeliver</c> did.</summary>
public sealed record RedeliveryReport(int Delivered, int StillFailing, IReadOnlyList<string> UnknownSinks);
