using Crawler.Model;

namespace Crawler.Storage;

/// <summary>The change events, in one global sequence; written only as part of a run commit.</summary>
public interface IEventLog
{
    /// <summary>Events in sequence order, filtered.</summary>
    Task<IReadOnlyList<ChangeEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken);
}
