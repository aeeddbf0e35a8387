namespace Crawler.Storage;

/// <summary>A write for a source that was never upserted: a bug upstream, not something to drop silently.</summary>
public sealed class SourceNotRegisteredException : StoreException
{
    public SourceNotRegisteredException()
    {
    }

    public SourceNotRegisteredException(string message)
        : base(message)
    {
    }

    public SourceNotRegisteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The unregistered source, named in the message of the store (<paramref name="store"/>) that refused it.</summary>
    public SourceNotRegisteredException(string store, string sourceId)
        : base($"{store}: source '{sourceId}' is not registered; upsert it before updating its state.")
    {
        SourceId = sourceId;
    }

    /// <summary>The source id, when known.</summary>
    public string? SourceId { get; }
}
