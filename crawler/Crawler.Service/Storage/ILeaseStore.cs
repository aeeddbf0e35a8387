namespace Crawler.Storage;

/// <summary>
/// Source leases: the one thing that keeps several workers on one database from crawling a source at once.
/// Each call is a single atomic conditional write; times come from the caller.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Claims a source for <paramref name="duration"/> when it is free or its lease expired.
    /// Returns false when another worker holds it (or the source is not registered).
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Extends a lease this worker holds; false when it was lost.</summary>
    Task<bool> RenewLeaseAsync(string sourceId, string workerId, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Frees the lease if this worker still holds it; otherwise does nothing.</summary>
    Task ReleaseLeaseAsync(string sourceId, string workerId, CancellationToken cancellationToken);
}
