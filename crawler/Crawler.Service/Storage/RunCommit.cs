using Crawler.Model;

namespace Crawler.Storage;

/// <summary>
/// Everything a finished run writes, applied atomically where the store can (SQLite) and idempotently
/// everywhere (events carry deterministic ids): the run record, changed postings and their events.
/// </summary>
public sealed record RunCommit(
    RunRecord Run,
    IReadOnlyList<StoredPosting> Postings,
    IReadOnlyList<ChangeEvent> Events);
