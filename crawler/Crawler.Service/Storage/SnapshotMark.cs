namespace Crawler.Storage;

/// <summary>
/// A stored snapshot without its bodies: what a run keeps in memory per rendered posting until its commit, and
/// what a rerun reads back to skip details an interrupted run already stored.
/// </summary>
/// <param name="Id">The snapshot's id (content hash).</param>
/// <param name="PostingKey">The posting it shows.</param>
/// <param name="CapturedAt">When it was rendered.</param>
public sealed record SnapshotMark(string Id, string PostingKey, DateTimeOffset CapturedAt);
