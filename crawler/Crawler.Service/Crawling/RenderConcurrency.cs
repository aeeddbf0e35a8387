namespace Crawler.Crawling;

/// <summary>
/// The render stages' figures across every run of this worker, for the metrics: renders in flight, the concurrency
/// the autoscaled stages aim at, and details waiting between listing and rendering. Thread-safe.
/// </summary>
public sealed class RenderConcurrency
{
    private int _current;
    private int _desired;
    private int _queued;

    /// <summary>Detail renders in flight now.</summary>
    public int Current => Volatile.Read(ref _current);

    /// <summary>Sum of the desired concurrency of the render stages running now.</summary>
    public int Desired => Volatile.Read(ref _desired);

    /// <summary>Details listed and waiting for a renderer.</summary>
    public int Queued => Volatile.Read(ref _queued);

    internal void AddCurrent(int delta) => Interlocked.Add(ref _current, delta);

    internal void AddDesired(int delta) => Interlocked.Add(ref _desired, delta);

    internal void AddQueued(int delta) => Interlocked.Add(ref _queued, delta);
}
