using System.ComponentModel.DataAnnotations;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Where the production MongoDB store keeps its data. Bound from the <c>Storage:Mongo</c> section.
/// Leases live on the <c>sources</c> documents themselves, so there is no lease collection to configure.
/// </summary>
public sealed class MongoStoreOptions
{
    /// <summary>
    /// A standard MongoDB URI, e.g. <c>mongodb://crawler:secret@db1,db2/?replicaSet=rs0</c>. Required.
    /// It is never logged or put into an exception message with its password (see <see cref="MongoConnectionStringRedactor"/>).
    /// </summary>
    [Required(ErrorMessage = "Storage:Mongo:ConnectionString is required.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Database holding the collections <c>sources runs postings snapshots events counters</c> and the alert state (<c>alert_cursors alert_dead_letters</c>). Default <c>crawler</c>.</summary>
    [Required(ErrorMessage = "Storage:Mongo:Database must not be empty.")]
    public string Database { get; set; } = "crawler";

    /// <summary>
    /// Largest compressed HTML (or UTF-8 text) body kept inside a <c>snapshots</c> document; larger bodies go to
    /// the GridFS bucket <c>snapshots</c>, so no document approaches MongoDB's 16 MB limit. Default 1 MiB.
    /// </summary>
    [Range(0, 8 * 1024 * 1024, ErrorMessage = "Storage:Mongo:SnapshotInlineLimitBytes must be between 0 and 8388608.")]
    public int SnapshotInlineLimitBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Open for reading only (set by the verbs that only read: <c>events</c>, <c>sources list</c>, <c>report</c>, …):
    /// start-up checks the server answers instead of creating indexes or the event counter, so a read-only
    /// database user can run them. Default false.
    /// </summary>
    public bool ReadOnly { get; set; }
}
