using System.Diagnostics;
using System.Globalization;

namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// Runs one child process to its end while sampling its process tree's PSS every <see cref="SampleInterval"/>. CPU time is what the
/// kernel charges this process for its reaped children (cutime + cstime of /proc/self/stat, before and after):
/// the child and every descendant it waited for, even those that lived shorter than a sample.
/// </summary>
internal static class ChildRun
{
    /// <summary>
    /// How often the tree is sampled (<c>--sample-ms</c>; default 200 ms). One pass reads <c>smaps_rollup</c> of every
    /// process in the tree, which costs the kernel about 30–40 ms of CPU for a crawl's 15 processes (measured
    /// 2026-12-02), and those run on the cores the crawl uses.
    /// </summary>
    public static TimeSpan SampleInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <param name="start">The child's command line.</param>
    /// <param name="timeout">Past it the tree is killed.</param>
    /// <param name="killWhen">Polled every sample; when it holds, the whole tree is killed with SIGKILL (the crash of the resume scenario).</param>
    public static async Task<ChildMeasurement> RunAsync(ProcessStartInfo start, TimeSpan timeout, Func<bool>? killWhen = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var cpuBefore = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var sampler = ProcessTreeSampler.Start(process.Id, SampleInterval);
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            var exit = process.WaitForExitAsync(deadline.Token);
            while (killWhen is not null && !exit.IsCompleted)
            {
                await Task.WhenAny(exit, Task.Delay(SampleInterval, deadline.Token)).ConfigureAwait(false);
                if (!exit.IsCompleted && killWhen()) process.Kill(entireProcessTree: true);
            }

            await exit.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var wall = clock.Elapsed;
        await sampler.DisposeAsync().ConfigureAwait(false);
        var cpu = ChildrenCpu() - cpuBefore;
        return new ChildMeasurement(process.ExitCode, wall, LoadAverage(), cpu, sampler.PeakBytes, sampler.PeakProcesses, sampler.Samples, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>cutime + cstime of this process: CPU of its waited-for children, in clock ticks of 1/100 s (USER_HZ on Linux).</summary>
    private static TimeSpan ChildrenCpu()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After "pid (comm)": state=0, ppid=1, ... utime=11, stime=12, cutime=13, cstime=14.
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }
}
