using Crawler.Analysis;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>
/// The last stages of a run: detect (once, over the complete listing), commit (run, postings with their derived
/// fields and snapshots, versions and events in one store transaction) and schedule. A refused commit writes
/// nothing and is recorded as a failed run, so the next run recomputes the same events.
/// </summary>
public sealed partial class RunCommitter(
    IRunStore runs,
    ISourceStore sources,
    ChangeDetector detector,
    DerivedFieldsCalculator derive,
    TimeProvider time,
    IOptions<CrawlerOptions> options,
    ILogger<RunCommitter> logger)
{
    /// <summary>Starts what the commit will need and can be made ready while the run lists and renders (the derived fields' regexes).</summary>
    public void Prepare() => _ = derive.WarmUp();

    /// <summary>Detects the changes over the whole listing, commits run, postings, versions and events in one step, and schedules the next run.</summary>
    public async Task<(RunRecord, IReadOnlyList<ChangeEvent>)> CommitAsync(SourceDefinition source, RunRecord run, RunObservation observed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(observed);
        var (listing, previous, snapshots, details) = observed;
        var complete = listing.Evidence.IsComplete;
        var recent = (await runs.ListRunsAsync(source.Id, 10, cancellationToken).ConfigureAwait(false))
            .Where(r => r.Status == RunStatus.Complete).Select(r => r.Seen).ToList();
        var changes = detector.Detect(source, new ChangeDetectionRun(run.Id, complete, time.GetUtcNow(), recent), previous, listing.Postings);
        var outcomes = details?.Results.ToDictionary(r => r.PostingKey, StringComparer.Ordinal);
        var postings = changes.Postings.Select(p => WithDerived(
            SnapshotPolicy.Apply(p, snapshots.GetValueOrDefault(p.Key), outcomes?.GetValueOrDefault(p.Key), time.GetUtcNow()),
            previous.GetValueOrDefault(p.Key))).ToList();
        var errors = listing.Errors.ToList();
        if (details?.StoppedReason is { } stopped) errors.Add(stopped);
        if (changes.SuspectReason is { } reason)
        {
            errors.Add("suspect run, disappearances withheld: " + reason);
            LogSuspect(source.Id, reason);
        }

        var finished = run with
        {
            Status = complete ? RunStatus.Complete : RunStatus.Partial,
            FinishedAt = time.GetUtcNow(),
            Pages = listing.Evidence.PagesFetched,
            Seen = listing.Postings.Count,
            New = changes.New,
            Changed = changes.Changed,
            Gone = changes.Gone,
            Snapshots = snapshots.Count,
            Suspect = changes.Suspect,
            Errors = errors,
            Evidence = listing.Evidence,
        };
        var commitStarted = time.GetTimestamp();
        try
        {
            await runs.CommitRunAsync(new RunCommit(finished, postings, changes.Events), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return await CommitFailedAsync(source, run, ex).ConfigureAwait(false);
        }

        await ScheduleAsync(source, finished.Status).ConfigureAwait(false);
        var commitMs = (long)time.GetElapsedTime(commitStarted).TotalMilliseconds;
        LogFinished(source.Id, finished.Status, finished.Seen, finished.New, finished.Changed, finished.Gone, finished.Pages, commitMs);
        return (finished, changes.Events);
    }

    /// <summary>Derived fields are recomputed only when the content or the rules changed.</summary>
    private StoredPosting WithDerived(StoredPosting posting, StoredPosting? before) =>
        posting.Derived is { } d && d.RulesVersion == derive.RulesVersion && before?.ContentHash == posting.ContentHash
            ? posting
            : posting with { Derived = derive.Compute(posting.Posting) };

    /// <summary>
    /// The store refused the commit. Its transaction wrote nothing, so the run is recorded as failed (postings and
    /// events untouched) when the store answers again; when it still does not, the run stays "running" and the
    /// next run marks it abandoned once its lease expires. Either way the next run recomputes the same events.
    /// </summary>
    private async Task<(RunRecord, IReadOnlyList<ChangeEvent>)> CommitFailedAsync(SourceDefinition source, RunRecord run, Exception error)
    {
        LogCommitFailed(source.Id, error.Message);
        var failed = run with { Status = RunStatus.Failed, FinishedAt = time.GetUtcNow(), Errors = ["store refused the commit: " + error.Message] };
        try
        {
            await runs.CommitRunAsync(new RunCommit(failed, [], []), CancellationToken.None).ConfigureAwait(false);
            await ScheduleAsync(source, RunStatus.Failed).ConfigureAwait(false);
        }
        catch (Exception again) when (again is not OperationCanceledException)
        {
            LogCommitFailed(source.Id, "recording the failed run: " + again.Message);
        }

        return (failed, []);
    }

    /// <summary>
    /// The schedule stage: the source's next due time, failure count and quarantine after a run with <paramref name="status"/>;
    /// a crawl asked for during the run is kept (<see cref="QueuedCrawl"/>).
    /// </summary>
    public async Task ScheduleAsync(SourceDefinition source, RunStatus status)
    {
        ArgumentNullException.ThrowIfNull(source);
        var state = await sources.GetSourceStateAsync(source.Id, CancellationToken.None).ConfigureAwait(false) ?? new SourceState { SourceId = source.Id };
        var now = time.GetUtcNow();
        var current = await runs.ListRunsAsync(source.Id, 1, CancellationToken.None).ConfigureAwait(false);
        var next = QueuedCrawl.Apply(state, SourceSchedule.AfterRun(state, source, status, now, options.Value), current.Count > 0 ? current[0].StartedAt : null, now);
        await sources.UpdateSourceStateAsync(next, CancellationToken.None).ConfigureAwait(false);
    }


    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "{SourceId}: {Status}; seen {Seen}, new {Appeared}, changed {Changed}, gone {Gone}, pages {Pages}; commit {CommitMs} ms")]
    private partial void LogFinished(string sourceId, RunStatus status, int seen, int appeared, int changed, int gone, int pages, long commitMs);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "{SourceId}: suspect run, disappearances withheld: {Reason}")]
    private partial void LogSuspect(string sourceId, string reason);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "{SourceId}: the store refused the run's commit; nothing of it was written: {Reason}")]
    private partial void LogCommitFailed(string sourceId, string reason);
}
