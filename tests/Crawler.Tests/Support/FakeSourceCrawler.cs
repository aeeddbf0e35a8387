using System.Collections.Concurrent;
using Crawler.Crawling;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Support;

/// <summary>
/// Stands in for the browser crawl in schedule tests: takes the lease, checks the source is still due under it, records the call, ends with the status
/// the test chose and updates the schedule exactly as the runner does (<see cref="SourceSchedule.AfterRun"/>).
/// A gate lets a test hold a crawl open.
/// </summary>
public sealed class FakeSourceCrawler(ICrawlStore store, TimeProvider time, IOptions<CrawlerOptions> options) : ISourceCrawler
{
    private readonly ConcurrentQueue<(string SourceId, DateTimeOffset At)> _calls = new();

    public IReadOnlyList<(string SourceId, DateTimeOffset At)> Calls => [.. _calls];

    public Func<string, RunStatus> Status { get; set; } = _ => RunStatus.Complete;

    public TaskCompletionSource? Hold { get; set; }

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<CrawlOutcome> CrawlAsync(SourceDefinition source, CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!await store.TryAcquireLeaseAsync(source.Id, o.WorkerId, o.LeaseDuration, time.GetUtcNow(), cancellationToken)) return CrawlOutcome.Skipped(source.Id, o.WorkerId);
        try
        {
            // As the runner does: the worker only read the schedule; whether the source is still due is decided under the lease.
            if (!SourceSchedule.IsDue(await store.GetSourceStateAsync(source.Id, cancellationToken), time.GetUtcNow(), o.WorkerId)) return CrawlOutcome.Skipped(source.Id, o.WorkerId);
            _calls.Enqueue((source.Id, time.GetUtcNow()));
            if (Hold is { } hold) await hold.Task.WaitAsync(cancellationToken);
            var status = Status(source.Id);
            var state = await store.GetSourceStateAsync(source.Id, cancellationToken) ?? throw new InvalidOperationException(source.Id + " not registered");
            await store.UpdateSourceStateAsync(SourceSchedule.AfterRun(state, source, status, time.GetUtcNow(), o), cancellationToken);
            return new CrawlOutcome(new RunRecord { Id = Guid.NewGuid().ToString("N"), SourceId = source.Id, WorkerId = o.WorkerId, Status = status }, [], TimeSpan.Zero);
        }
        finally
        {
            await store.ReleaseLeaseAsync(source.Id, o.WorkerId, CancellationToken.None);
        }
    }
}
