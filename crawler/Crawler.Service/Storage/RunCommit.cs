using Crawler.Model;

namespace Crawler.Storage;

/// <summary>
/// Everything a finished run writes, applied atomically where the store can (SQLite) and idempotently
/// everywhere (events carry deterministic ids): the run record, changed postings and their events, and each
/// posting's current version (<see cref="PostingVersion.CurrentOf"/>), so history needs nothing extra from callers.
/// </summary>
public sealed record RunCommit(
    RunRecord Run,
    IReadOnlyList<StoredPosting> Postings,
    IReadOnlyList<ChangeEvent> Events);
