using Crawler.Model;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>The <c>postings</c> and <c>postingVersions</c> collections (<see cref="PostingDocuments"/>, <see cref="PostingVersionDocuments"/>).</summary>
internal sealed class MongoPostings(MongoCollections collections) : IPostingStore
{
    public async Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken)
    {
        var documents = await collections.Postings.Find(new BsonDocument("sourceId", sourceId)).ToListAsync(cancellationToken);
        return documents.Select(PostingDocuments.Read).ToDictionary(p => p.Key, StringComparer.Ordinal);
    }

    public async Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken)
    {
        if (postings.Count == 0) return;
        var writes = postings.Select(posting => new ReplaceOneModel<BsonDocument>(
            new BsonDocument("_id", posting.Key), PostingDocuments.Write(posting))
        { IsUpsert = true });
        await collections.Postings.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = false }, cancellationToken);
    }

    public async Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken)
    {
        var documents = await collections.PostingVersions.Find(new BsonDocument("postingKey", postingKey))
            .Sort(new BsonDocument("version", 1)).ToListAsync(cancellationToken);
        return [.. documents.Select(PostingVersionDocuments.Read)];
    }

    /// <summary>The current version of every committed posting, closing the one each replaces.</summary>
    public async Task WriteVersionsAsync(RunCommit commit, CancellationToken cancellationToken)
    {
        var writes = commit.Postings.Select(p => PostingVersion.CurrentOf(p, commit.Run.StartedAt)).OfType<PostingVersion>().SelectMany(PostingVersionDocuments.Writes).ToList();
        if (writes.Count == 0) return;
        // Ordered: a posting's close of version n-1 never overtakes the insert of version n it belongs to.
        await collections.PostingVersions.BulkWriteAsync(writes, new BulkWriteOptions { IsOrdered = true }, cancellationToken);
    }
}
