using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Hosting;

/// <summary>What the worker does with a due source it has claimed. The real one is <see cref="RunnerSourceCrawler"/>; tests of the schedule use a fake.</summary>
public interface ISourceCrawler
{
    /// <summary>Gets ready before the first poll (launches the browser so readiness is known); must not throw.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims the source's lease (the only place it is taken), checks under it that the source is still due, crawls it
    /// once and updates its schedule state; returns a skipped outcome when another worker holds it or it is no longer due.
    /// </summary>
    Task<CrawlOutcome> CrawlAsync(SourceDefinition source, CancellationToken cancellationToken);
}
