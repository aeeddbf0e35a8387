using Crawler.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Crawler.Portals;

/// <summary>What an adapter gets for one crawl: the source, a fresh browser context, a logger and progress.</summary>
public sealed class CrawlSession
{
    public required SourceDefinition Source { get; init; }
    /// <summary>A browser context owned by the runner for this crawl only; the adapter opens pages in it.</summary>
    public required IBrowserContext Browser { get; init; }
    public required ILogger Logger { get; init; }
    public required TimeProvider Time { get; init; }
    /// <summary>Reports (pages fetched, postings seen) for the progress display and metrics.</summary>
    public IProgress<CrawlProgress>? Progress { get; init; }
    /// <summary>Navigation and response timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>Called once per posting as soon as it is listed (the streaming render stage subscribes).</summary>
    public Action<ObservedPosting>? Listed { get; init; }
}
