namespace Crawler.Model;

/// <summary>A progress report: the phase, how far along and how far to go (when known).</summary>
public sealed record CrawlProgress(string Phase, int Done, int? Total);
