using Crawler.Changes;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Tests.Support;

/// <summary>
/// Complete runs of one source applied to a real store the way the runner applies them (change detector,
/// then one commit), an hour apart from <see cref="StoreTestData.T0"/>; no browser involved.
/// </summary>
public sealed class DetectedRuns(ICrawlStore store, SourceDefinition source)
{
    private int _run;

    public async Task<RunCommit> CrawlAsync(params ObservedPosting[] observed)
    {
        if (_run == 0) await store.UpsertSourcesAsync([source], CancellationToken.None);
        _run++;
        var now = StoreTestData.T0.AddHours(_run);
        var runId = $"{source.Id}-run-{_run}";
        var previous = await store.GetPostingsAsync(source.Id, CancellationToken.None);
        var changes = new ChangeDetector().Detect(source, new ChangeDetectionRun(runId, Complete: true, now, []), previous, observed);
        var run = StoreTestData.Run(source.Id, runId, now);
        var commit = new RunCommit(StoreTestData.Finished(run, now) with { Suspect = false }, changes.Postings, changes.Events);
        await store.StartRunAsync(run, CancellationToken.None);
        await store.CommitRunAsync(commit, CancellationToken.None);
        return commit;
    }
}
