using System.Diagnostics;
using System.Runtime.InteropServices;
using Crawler.Diagnostics;

namespace Crawler.Browsing;

/// <summary>
/// Keeps a long-lived worker free of Chromium leftovers. Playwright starts Chromium under its driver process, so a
/// Chromium process whose parent is this process was orphaned by a crashed or killed browser and re-parented
/// to us (we are the container's PID 1, or a child subreaper). Such orphans are killed, and zombies among them are
/// waited for, so no <c>&lt;defunct&gt;</c> entries pile up. Only Chromium children are waited on by id: the
/// .NET runtime waits only for processes it started itself (the driver), never for these.
/// </summary>
public static class ChromiumReaper
{
    private const int PrSetChildSubreaper = 36;
    private const int WNoHang = 1;
    private static readonly Lazy<Timer?> Timer = new(Start);

    /// <summary>Starts the periodic sweep once per process (Linux only); a later call does nothing.</summary>
    public static void EnsureStarted() => _ = Timer.Value;

    /// <summary>
    /// Makes this process a child subreaper: orphaned Chromium processes come to us instead of escaping to init,
    /// where nothing would ever kill them.
    /// </summary>
    public static bool BecomeSubreaper() => OperatingSystem.IsLinux() && Prctl(PrSetChildSubreaper, 1, 0, 0, 0) == 0;

    /// <summary>Kills orphaned Chromium children of this process and reaps the zombies; returns how many it reaped.</summary>
    public static int Sweep()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var self = Environment.ProcessId;
        var reaped = 0;
        foreach (var entry in ProcessTree.Snapshot().Where(e => e.ParentPid == self && ProcessTree.IsChromium(e)))
        {
            if (entry.State != 'Z') Kill(entry.Pid);
            if (WaitPid(entry.Pid, out _, WNoHang) == entry.Pid) reaped++;
        }

        return reaped;
    }

    private static Timer? Start()
    {
        if (!OperatingSystem.IsLinux()) return null;
        BecomeSubreaper();
        return new Timer(_ => Sweep(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Exited meanwhile.
        }
    }

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static extern int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    private static extern int WaitPid(int pid, out int status, int options);
}
