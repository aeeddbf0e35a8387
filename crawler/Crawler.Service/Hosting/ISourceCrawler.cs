using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Hosting;

/// <summary>What the worker does with a due source it has claimed. The real one is <see cref="RunnerSourceCrawler"/>; tests of the schedule use a fake.</summary>
public interface ISourceCrawler
{
    /// <summary>Gets ready before the first poll (launches the browser so readiness is known); must not throw.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Crawls the source once and updates its schedule state.</summary>
    Task<CrawlOutcome> CrawlAsync(SourceDefinition source, CancellationToken cancellationToken);
}
