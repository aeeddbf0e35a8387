using Crawler.Model;

namespace Crawler.Crawling;

/// <summary>
/// Told about every run the <see cref="RunWatchdog"/> watches, as it happens: its start, each progress report and
/// its end. Live metrics and the progress written to the store hang here, so they move during a run and not only
/// when it ends. Called on the crawl's own threads: an observer must be quick and must not throw.
/// </summary>
public interface IRunObserver
{
    void Started(RunWatch run);

    void Progressed(RunWatch run, CrawlProgress progress);

    void Ended(RunWatch run);
}
