using System.Collections.Concurrent;

namespace Crawler.Lab.Hosting;

/// <summary>Thread-safe counters behind <see cref="LabSite.Stats"/>.</summary>
internal sealed class LabStatsCounters
{
    private readonly ConcurrentDictionary<string, int> faults = new();
    private readonly ConcurrentQueue<TimeSpan> retryAfters = new();
    private int listCalls;
    private int detailCalls;
    private int csrfCalls;
    private int filterCalls;
    private int pageLoads;
    private int rejected405;

    public void ListCall() => Interlocked.Increment(ref listCalls);
    public void DetailCall() => Interlocked.Increment(ref detailCalls);
    public void CsrfCall() => Interlocked.Increment(ref csrfCalls);
    public void FilterCall() => Interlocked.Increment(ref filterCalls);
    public void PageLoad() => Interlocked.Increment(ref pageLoads);
    public void Rejected() => Interlocked.Increment(ref rejected405);
    public void Fault(string kind) => faults.AddOrUpdate(kind, 1, (_, n) => n + 1);
    public void TooManyRequests(TimeSpan retryAfter) => retryAfters.Enqueue(retryAfter);

    public LabStats Snapshot() => new()
    {
        ListCalls = Volatile.Read(ref listCalls),
        DetailCalls = Volatile.Read(ref detailCalls),
        CsrfCalls = Volatile.Read(ref csrfCalls),
        FilterCalls = Volatile.Read(ref filterCalls),
        PageLoads = Volatile.Read(ref pageLoads),
        Rejected405 = Volatile.Read(ref rejected405),
        FaultsInjected = new Dictionary<string, int>(faults),
        TooManyRequestsRetryAfter = [.. retryAfters],
    };
}
