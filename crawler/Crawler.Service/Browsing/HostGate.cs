using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Crawler.Browsing;

/// <summary>
/// Politeness for the whole process: a global and a per-host cap on requests in flight, and a least delay
/// between request starts to one host. <see cref="BrowserHost"/> enters it from each context's route handler
/// before letting a document or API request go, and leaves it when the request finishes or fails, so every
/// adapter is covered without knowing about it.
/// </summary>
public sealed class HostGate : IDisposable
{
    private readonly PolitenessOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _global;
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HostGate(IOptions<PolitenessOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _global = new SemaphoreSlim(_options.MaxConcurrentRequests, _options.MaxConcurrentRequests);
        GatedTypes = new HashSet<string>(
            _options.GatedResourceTypes.Count > 0 ? _options.GatedResourceTypes : PolitenessOptions.DefaultGatedResourceTypes,
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the gate holds requests at all (<see cref="PolitenessOptions.Enabled"/>).</summary>
    public bool Enabled => _options.Enabled;

    /// <summary>Resource types that pass through the gate.</summary>
    public IReadOnlySet<string> GatedTypes { get; }

    /// <summary>Requests in flight now (all hosts).</summary>
    public int InFlight => _options.MaxConcurrentRequests - _global.CurrentCount;

    /// <summary>Waits for a slot for <paramref name="host"/> and its turn after the host's least delay; dispose the lease when the request ends.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot(_options.MaxConcurrentRequestsPerHost));
        await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            slot.Semaphore.Release();
            throw;
        }

        try
        {
            var wait = slot.Reserve(_time.GetUtcNow(), _options.MinDelayPerHost);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _global.Release();
            slot.Semaphore.Release();
            throw;
        }

        return new Lease(this, slot);
    }

    public void Dispose()
    {
        _global.Dispose();
        foreach (var slot in _hosts.Values) slot.Semaphore.Dispose();
    }

    private void Leave(HostSlot slot)
    {
        _global.Release();
        slot.Semaphore.Release();
    }

    private sealed class HostSlot(int capacity)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

        public SemaphoreSlim Semaphore { get; } = new(capacity, capacity);

        /// <summary>Books the next start time for this host and returns how long the caller waits for it.</summary>
        public TimeSpan Reserve(DateTimeOffset now, TimeSpan minDelay)
        {
            lock (_lock)
            {
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + minDelay;
                return start - now;
            }
        }
    }

    private sealed class Lease(HostGate gate, HostSlot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) gate.Leave(slot);
        }
    }
}
