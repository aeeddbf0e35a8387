using System.Diagnostics;
using Crawler.Model;

namespace Crawler.Browsing;

/// <summary>
/// The Chromium process tree of one launch, found through a marker switch on its command line (Playwright does
/// not expose the browser's process id). Used to read its memory and to reap whatever survives a close or crash.
/// </summary>
public sealed class BrowserProcess
{
    private int? _rootPid;

    /// <summary>A switch Chromium ignores but shows in /proc/PID/cmdline, unique to this launch.</summary>
    public string Marker { get; } = "--crawler-browser=" + Guid.NewGuid().ToString("N");

    /// <summary>The main browser process, looked up among this process's descendants on first use.</summary>
    public int? RootPid => _rootPid ??= ProcessTree.FindByCommandLine(
        ProcessTree.Descendants(Environment.ProcessId).Where(ProcessTree.IsChromium), Marker);

    /// <summary>Memory (PSS) of the browser and all its children, in bytes; 0 when not found.</summary>
    public long MemoryBytes() => RootPid is { } pid ? ProcessTree.MemoryBytesOfTree(pid) : 0;

    /// <summary>
    /// After the browser was closed (or crashed): waits up to <paramref name="grace"/> for its tree to exit, then
    /// kills, by id, every process of the tree still alive. Returns how many it had to kill.
    /// </summary>
    public async Task<int> ReapAsync(TimeSpan grace)
    {
        if (_rootPid is not { } root) return 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(grace.TotalSeconds * Stopwatch.Frequency);
        List<int> alive;
        while (true)
        {
            var snapshot = ProcessTree.Snapshot();
            alive = [.. ProcessTree.Descendants(root, snapshot).Append(snapshot.FirstOrDefault(e => e.Pid == root))
                .Where(e => e is not null && e.State != 'Z' && ProcessTree.IsChromium(e)).Select(e => e!.Pid)];
            if (alive.Count == 0 || Stopwatch.GetTimestamp() > deadline) break;
            await Task.Delay(100).ConfigureAwait(false);
        }

        foreach (var pid in alive)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Exited between the snapshot and the kill.
            }
        }

        return alive.Count;
    }
}
