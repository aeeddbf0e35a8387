using Crawler.Model;
using Microsoft.Extensions.Logging;

namespace Crawler.Crawling;

/// <summary>The runner's log messages (event ids 2001–2099), kept apart from the crawl logic.</summary>
public sealed partial class CrawlRunner
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{SourceId}: run {RunId} started")]
    private partial void LogStarted(string sourceId, string runId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "{SourceId}: run failed: {Reason}")]
    private partial void LogFailed(string sourceId, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "{SourceId}: skipped, leased by another worker")]
    private partial void LogLeased(string sourceId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "{SourceId}: lease lost mid-crawl; stopping this run")]
    private partial void LogLeaseLost(string sourceId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "{SourceId}: marked {Count} interrupted run(s) abandoned")]
    private partial void LogAbandoned(string sourceId, int count);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "{SourceId}: browser fault, relaunching it and crawling once more: {Reason}")]
    private partial void LogBrowserRetry(string sourceId, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "{SourceId}: run {RunId} abandoned: stopped before it finished (shutdown or lease lost)")]
    private partial void LogRunAbandoned(string sourceId, string runId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Error, Message = "{SourceId}: run stalled: {Reason}")]
    private partial void LogStalled(string sourceId, string reason);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "{SourceId}: {Failed} of {Total} detail pages could not be rendered")]
    private partial void LogSnapshotFailures(string sourceId, int failed, int total);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Information, Message = "{SourceId}: {Streamed} postings decided while listing, {AfterListing} after it; {Rendered} snapshots stored ({SnapshotStoreMs} ms in the store), {Resumed} kept from an interrupted run; up to {Renderers} renderers")]
    private partial void LogPipeline(string sourceId, int streamed, int afterListing, int rendered, long snapshotStoreMs, int resumed, int renderers);
}
