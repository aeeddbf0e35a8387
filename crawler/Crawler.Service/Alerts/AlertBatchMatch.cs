namespace Crawler.Alerts;

/// <summary>What one sink keeps of a batch of events: the items to send and how many its filter and first-crawl silence dropped.</summary>
/// <param name="Items">The events the sink's filter matched, with their postings when the filter needed them.</param>
/// <param name="FirstCrawlSources">Sources whose first crawl the kept items came from (named in the message).</param>
/// <param name="Filtered">Events the filter dropped.</param>
/// <param name="Silenced">First-crawl events dropped because the sink is silent on first crawls.</param>
internal sealed record AlertBatchMatch(IReadOnlyList<AlertItem> Items, IReadOnlyList<string> FirstCrawlSources, int Filtered, int Silenced);
