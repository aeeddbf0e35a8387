using Crawler.Snapshots;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// What the render stage keeps of each render: a rendered page is stored as a snapshot at once and only its id (and
/// its detail answer) is kept for the commit; a failure keeps its reason and counts against the run's failure
/// budget (<see cref="DetailBudget"/>). Thread-safe: every renderer of the stage reports here. One instance per run.
/// </summary>
internal sealed class RenderKeeper(ISnapshotStore store, TimeProvider time, DetailOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SnapshotMark> _stored = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenderedAnswer> _answers = new(StringComparer.Ordinal);
    private readonly List<DetailRenderResult> _missing = [];
    private readonly DetailBudget _budget = new(options);
    private int _attempted;
    private int _failed;
    private long _storeTicks;

    /// <summary>Why rendering must stop (the failure budget is spent), or null.</summary>
    public string? StoppedReason => _budget.StoppedReason;

    /// <summary>Renders that failed so far.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Renders that succeeded so far.</summary>
    public int Rendered => Volatile.Read(ref _attempted) - Failed;

    /// <summary>Stores a rendered page at once and keeps only its id; keeps a failure's reason for the commit.</summary>
    public async Task KeepAsync(DetailRenderResult result, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempted);
        _budget.Record(result.Page is not null, result.Error);
        if (result.Page is null)
        {
            Interlocked.Increment(ref _failed);
            lock (_gate) _missing.Add(result);
            return;
        }

        cancellationToken.ThrowIfCancellationRequested(); // a stopped run stores nothing more
        var snapshot = SnapshotFactory.Create(result.Page, time.GetUtcNow());
        var started = time.GetTimestamp();
        await store.SaveSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _storeTicks, time.GetElapsedTime(started).Ticks);
        lock (_gate)
        {
            _stored[result.PostingKey] = new SnapshotMark(snapshot.Id, snapshot.PostingKey, snapshot.CapturedAt);
            if (result.Page.AnswerBody is { } body) _answers[result.PostingKey] = new RenderedAnswer(body, result.Page.Url);
        }
    }

    /// <summary>Records a detail that was listed but not tried, and why.</summary>
    public void NotTried(string postingKey, string reason)
    {
        lock (_gate) _missing.Add(new DetailRenderResult(postingKey, null, "not rendered: " + reason, Attempted: false));
    }

    /// <summary>What the stage leaves for the commit; read once every renderer has finished.</summary>
    public RenderStageResult Result() =>
        new(_stored, new DetailRenderReport(_missing, _budget.StoppedReason), Volatile.Read(ref _attempted), _answers, TimeSpan.FromTicks(Volatile.Read(ref _storeTicks)));
}
