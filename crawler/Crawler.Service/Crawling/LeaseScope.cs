using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// The claim stage: one owner of a source's lease for one run. Acquired once, renewed every third of its duration
/// while the run goes on, released when disposed; <see cref="Lost"/> is cancelled when a renewal is refused (another
/// worker took the source over) or the caller stops, so the run ends instead of working without a lease.
/// </summary>
public sealed class LeaseScope : IAsyncDisposable
{
    private readonly ILeaseStore _store;
    private readonly string _sourceId;
    private readonly string _workerId;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _lost;
    private readonly Task _renewal;

    private LeaseScope(ILeaseStore store, string sourceId, string workerId, TimeSpan duration, TimeProvider time, Action onLost, CancellationToken cancellationToken)
    {
        _store = store;
        _sourceId = sourceId;
        _workerId = workerId;
        _duration = duration;
        _time = time;
        _lost = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _renewal = RenewAsync(onLost);
    }

    /// <summary>Cancelled when the lease is lost or the caller stops.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Claims the source's lease, or returns null when another worker holds it.</summary>
    public static async Task<LeaseScope?> TryClaimAsync(
        ILeaseStore store, string sourceId, string workerId, TimeSpan duration, TimeProvider time, Action onLost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        if (!await store.TryAcquireLeaseAsync(sourceId, workerId, duration, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)) return null;
        return new LeaseScope(store, sourceId, workerId, duration, time, onLost, cancellationToken);
    }

    private async Task RenewAsync(Action onLost)
    {
        try
        {
            while (!_lost.IsCancellationRequested)
            {
                await Task.Delay(_duration / 3, _time, _lost.Token).ConfigureAwait(false);
                if (await _store.RenewLeaseAsync(_sourceId, _workerId, _duration, _time.GetUtcNow(), _lost.Token).ConfigureAwait(false)) continue;
                onLost();
                await _lost.CancelAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended (or the lease was lost): renewal stops with it.
        }
    }

    /// <summary>Stops renewing and releases the lease, whatever happened to the run.</summary>
    public async ValueTask DisposeAsync()
    {
        await _lost.CancelAsync().ConfigureAwait(false);
        await _renewal.ConfigureAwait(false);
        await _store.ReleaseLeaseAsync(_sourceId, _workerId, CancellationToken.None).ConfigureAwait(false);
        _lost.Dispose();
    }
}
