using Crawler.Model;

namespace Crawler.Storage.Sqlite;

/// <summary>The SQLite store's postings and their versions.</summary>
internal sealed class SqlitePostings(SqliteDatabase database) : IPostingStore
{
    public Task<IReadOnlyDictionary<string, StoredPosting>> GetPostingsAsync(string sourceId, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"reading postings of source '{sourceId}'", connection =>
            PostingsTable.ListBySourceAsync(connection, sourceId, cancellationToken), cancellationToken);

    public Task SavePostingsAsync(IReadOnlyList<StoredPosting> postings, CancellationToken cancellationToken) =>
        database.ExecuteInTransactionAsync($"saving {postings.Count} postings", async (connection, transaction) =>
        {
            foreach (var posting in postings)
            {
                await PostingsTable.UpsertAsync(connection, transaction, posting, cancellationToken);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<PostingVersion>> ListPostingVersionsAsync(string postingKey, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"reading the versions of posting '{postingKey}'", connection =>
            PostingVersionsTable.ListAsync(connection, postingKey, cancellationToken), cancellationToken);
}
