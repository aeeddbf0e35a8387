using System.Diagnostics;
using System.Runtime.InteropServices;
using Crawler.Model;

namespace Crawler.Browsing;

/// <summary>
/// Keeps a long-lived worker free of Chromium leftovers. Playwright starts Chromium under its driver process, so a
/// Chromium process whose parent is this process (apart from a crash handler) was orphaned by a crashed or killed
/// browser and re-parented to us (we are the container's PID 1, or a child subreaper). Zombies among them are
/// waited for every 2 s, so no <c>&lt;defunct&gt;</c> entries pile up; live orphans are killed when a browser closes. Only Chromium children are waited on by id: the
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

    /// <summary>
    /// Waits for every Chromium zombie among this process's children; with <paramref name="killOrphans"/> (right after a
    /// browser was closed or found dead) also kills the live Chromium children first. Chromium's crash handler is
    /// double-forked, so a live browser's handler is our child too: it is never killed here. Returns how many were reaped.
    /// </summary>
    public static int Sweep(bool killOrphans = false)
    {
        if (!OperatingSystem.IsLinux()) return 0;
        var self = Environment.ProcessId;
        var reaped = 0;
        foreach (var entry in ProcessTree.Snapshot().Where(e => e.ParentPid == self && ProcessTree.IsChromium(e)))
        {
            if (entry.State != 'Z')
            {
                if (!killOrphans || IsCrashHandler(entry.Pid)) continue;
                Kill(entry.Pid);
            }

            if (WaitPid(entry.Pid, out _, WNoHang) == entry.Pid) reaped++;
        }

        return reaped;
    }

    private static bool IsCrashHandler(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains("--type=crashpad-handler", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Timer? Start()
    {
        if (!OperatingSystem.IsLinux()) return null;
        BecomeSubreaper();
        return new Timer(_ => Sweep(killOrphans: false), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
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
