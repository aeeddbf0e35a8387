namespace Crawler.Storage.Mongo;

/// <summary>Log messages of the MongoDB store (event ids 3100-3199).</summary>
internal static partial class MongoStoreLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "MongoDB store ready: database {Database} on {Server}")]
    public static partial void Ready(ILogger logger, string database, string server);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Run {RunId} of {SourceId} re-applied: {Existing} of {Total} events were already stored")]
    public static partial void EventsAlreadyStored(ILogger logger, string runId, string sourceId, int existing, int total);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Marked {Count} stale runs of {SourceId} as abandoned")]
    public static partial void AbandonedRuns(ILogger logger, int count, string sourceId);
}
