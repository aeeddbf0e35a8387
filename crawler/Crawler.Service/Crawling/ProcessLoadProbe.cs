using System.Globalization;
using Crawler.Browsing;

namespace Crawler.Crawling;

/// <summary>
/// CPU and memory of this process and all its descendants (Chromium's browser, renderers, zygotes) from /proc:
/// CPU as the growth of user + system time (<c>/proc/PID/stat</c>, in USER_HZ = 100 ticks a second on Linux)
/// over wall time times <see cref="Environment.ProcessorCount"/>; memory as PSS. Where there is no /proc both read 0,
/// so the stage simply grows to its maximum. A process that exits between two samples takes its ticks with it;
/// the growth is then clamped at 0, never negative. PSS is read at most every <see cref="MemoryRefresh"/>: reading
/// <c>smaps_rollup</c> walks every page table of Chromium's processes, and once a second it cost the worker about
/// 5% of its CPU during a crawl.
/// </summary>
internal sealed class ProcessLoadProbe : ILoadProbe
{
    private const double TicksPerSecond = 100;
    private static readonly TimeSpan MemoryRefresh = TimeSpan.FromSeconds(5);
    private readonly TimeProvider _time;
    private long _lastTimestamp;
    private long _lastTicks;
    private long _memoryBytes;
    private long? _memoryRead;

    public ProcessLoadProbe(TimeProvider time)
    {
        _time = time;
        _lastTimestamp = time.GetTimestamp();
        _lastTicks = TreeTicks();
    }

    public LoadSample Sample()
    {
        var now = _time.GetTimestamp();
        var ticks = TreeTicks();
        var wall = _time.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        var cpu = wall <= 0 ? 0 : Math.Max(0, ticks - _lastTicks) / TicksPerSecond / (wall * Environment.ProcessorCount);
        _lastTimestamp = now;
        _lastTicks = ticks;
        if (_memoryRead is not { } read || _time.GetElapsedTime(read, now) >= MemoryRefresh)
        {
            _memoryBytes = ProcessTree.MemoryBytesOfTree(Environment.ProcessId);
            _memoryRead = now;
        }

        return new LoadSample(Math.Min(1, cpu), _memoryBytes);
    }

    private static long TreeTicks() =>
        ProcessTree.Descendants(Environment.ProcessId).Select(e => e.Pid).Prepend(Environment.ProcessId).Sum(Ticks);

    /// <summary>utime + stime of one process: fields 14 and 15 of /proc/PID/stat, counted after the command's closing ')'.</summary>
    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return 0;
        }
    }
}
