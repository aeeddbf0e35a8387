using Crawler.Model;

namespace Crawler.Storage.Sqlite;

/// <summary>The SQLite store's runs; a commit writes run, postings, versions and events in one transaction.</summary>
internal sealed class SqliteRuns(SqliteDatabase database, TimeProvider time) : IRunStore
{
    public Task StartRunAsync(RunRecord run, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"starting run '{run.Id}'", async connection =>
        {
            await RunsTable.InsertAsync(connection, run, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"abandoning stale runs of source '{sourceId}'", connection =>
            RunsTable.AbandonAsync(connection, sourceId, currentRunId, now, cancellationToken), cancellationToken);

    public Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken) =>
        database.ExecuteInTransactionAsync($"committing run '{commit.Run.Id}'", async (connection, transaction) =>
        {
            var now = time.GetUtcNow();
            await RunsTable.UpsertAsync(connection, transaction, commit.Run, cancellationToken);
            foreach (var posting in commit.Postings)
            {
                await PostingsTable.UpsertAsync(connection, transaction, posting, cancellationToken);
                if (PostingVersion.CurrentOf(posting, commit.Run.StartedAt) is { } version)
                {
                    await PostingVersionsTable.WriteAsync(connection, transaction, version, cancellationToken);
                }
            }

            foreach (var change in commit.Events)
            {
                await EventsTable.InsertAsync(connection, transaction, change, now, cancellationToken);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return database.ExecuteAsync("listing runs", connection => RunsTable.ListAsync(connection, sourceId, limit, cancellationToken), cancellationToken);
    }

    public Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken) =>
        database.ExecuteAsync($"recording the progress of run '{progress.RunId}'", connection =>
            RunProgressTable.UpsertAsync(connection, progress, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("listing the progress of running runs", connection => RunProgressTable.ListAsync(connection, cancellationToken), cancellationToken);
}
