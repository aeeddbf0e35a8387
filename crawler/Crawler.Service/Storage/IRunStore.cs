using Crawler.Model;

namespace Crawler.Storage;

/// <summary>Runs: started, abandoned when stale, committed together with their postings and events.</summary>
public interface IRunStore
{
    /// <summary>Records a run as started (status running).</summary>
    Task StartRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Marks runs of the source still "running" and not the given run as abandoned; returns how many.</summary>
    Task<int> AbandonStaleRunsAsync(string sourceId, string currentRunId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the finished run, its posting changes, events and the postings' current versions (closing the
    /// version each one replaces). Re-applying the same commit changes nothing.
    /// </summary>
    Task CommitRunAsync(RunCommit commit, CancellationToken cancellationToken);

    /// <summary>Runs newest first, of one source or of all.</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? sourceId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records how far a running run has got (phase, done/total, since), so another process can show it; a no-op
    /// once the run is no longer running. The latest call per source wins.
    /// </summary>
    Task SaveRunProgressAsync(RunProgress progress, CancellationToken cancellationToken);

    /// <summary>The last recorded progress of every run still running.</summary>
    Task<IReadOnlyList<RunProgress>> ListRunProgressAsync(CancellationToken cancellationToken);
}
