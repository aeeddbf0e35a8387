using Crawler.Snapshots;

namespace Crawler.Crawling;

/// <summary>
/// The render stage's concurrency, in the spirit of Crawlee's <c>AutoscaledPool</c> / <c>ConcurrencySystem</c>: it
/// starts at 1 and, once per <see cref="DetailOptions.ScaleInterval"/>, grows by a step while the load is below
/// <see cref="DetailOptions.MaxCpuShare"/> and <see cref="DetailOptions.MaxMemoryMb"/> and work is waiting, and
/// shrinks by a step while either is above; never below 1 or above the maximum (<c>browser:DetailParallelism</c>).
/// The step is 5% of the current figure, at least 1 (Crawlee's scaleUpStepRatio and scaleDownStepRatio). Thread-safe.
/// </summary>
internal sealed class ConcurrencyGovernor
{
    private const double StepRatio = 0.05;
    private readonly Lock _gate = new();
    private readonly int _max;
    private readonly ILoadProbe _probe;
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly double _maxCpu;
    private readonly long _maxMemoryBytes;
    private long _lastScale;

    public ConcurrencyGovernor(int max, ILoadProbe probe, TimeProvider time, DetailOptions options)
    {
        _max = Math.Max(1, max);
        _probe = probe;
        _time = time;
        _interval = options.ScaleInterval;
        _maxCpu = options.MaxCpuShare;
        _maxMemoryBytes = options.MaxMemoryMb > 0
            ? options.MaxMemoryMb * 1024 * 1024
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4;
        _lastScale = time.GetTimestamp();
    }

    /// <summary>How many renderers should run now.</summary>
    public int Desired { get; private set; } = 1;

    /// <summary>The last load seen (for logs and tests).</summary>
    public LoadSample LastLoad { get; private set; }

    /// <summary>Reconsiders <see cref="Desired"/> when a scale interval has passed; returns it.</summary>
    /// <param name="workWaiting">Whether details are waiting for a renderer (growing is pointless otherwise).</param>
    public int Adjust(bool workWaiting)
    {
        lock (_gate)
        {
            if (_time.GetElapsedTime(_lastScale) < _interval) return Desired;
            _lastScale = _time.GetTimestamp();
            var load = _probe.Sample();
            LastLoad = load;
            var step = Math.Max(1, (int)Math.Ceiling(Desired * StepRatio));
            if (load.CpuShare > _maxCpu || load.MemoryBytes > _maxMemoryBytes) Desired = Math.Max(1, Desired - step);
            else if (workWaiting) Desired = Math.Min(_max, Desired + step);
            return Desired;
        }
    }
}
