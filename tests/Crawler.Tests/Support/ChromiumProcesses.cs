using System.Globalization;
using System.Runtime.InteropServices;

namespace Crawler.Tests.Support;

/// <summary>
/// Counts the Chromium processes descending from this test process, following the ppid chains in
/// <c>/proc/*/stat</c>. The test process makes itself a child subreaper first, so a Chromium orphaned by a
/// dead driver or a killed worker is re-parented to us and still counted instead of escaping to init.
/// </summary>
public static class ChromiumProcesses
{
    private const int PrSetChildSubreaper = 36;
    private static readonly Lazy<bool> Subreaper = new(() => OperatingSystem.IsLinux() && Prctl(PrSetChildSubreaper, 1, 0, 0, 0) == 0);

    /// <summary>Pids of Chromium processes below this process (any depth).</summary>
    public static IReadOnlySet<int> Descendants() => Scan(outside: null);

    /// <summary>
    /// Chromium processes below this test process that are not in <paramref name="baseline"/> and do not descend
    /// from a process in it: a browser that already ran (the shared fixture's) may start renderers at any time,
    /// and those are not the leftovers of the browser under test.
    /// </summary>
    public static IReadOnlySet<int> NewSince(IReadOnlySet<int> baseline) => Scan(outside: baseline);

    private static HashSet<int> Scan(IReadOnlySet<int>? outside)
    {
        _ = Subreaper.Value;
        var parents = Processes();
        var self = Environment.ProcessId;
        var result = new HashSet<int>();
        foreach (var (pid, (_, name)) in parents)
        {
            if (!name.Contains("chrom", StringComparison.OrdinalIgnoreCase)) continue;
            if (outside is not null && outside.Contains(pid)) continue;
            var current = pid;
            for (var depth = 0; depth < 64 && parents.TryGetValue(current, out var p); depth++)
            {
                if (outside is not null && outside.Contains(p.Parent)) break;
                if (p.Parent == self)
                {
                    result.Add(pid);
                    break;
                }

                current = p.Parent;
            }
        }

        return result;
    }

    public static async Task<IReadOnlySet<int>> LeftoversAsync(IReadOnlySet<int> baseline, TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var left = NewSince(baseline);
            if (left.Count == 0 || DateTime.UtcNow > deadline) return left;
            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILLs every Chromium below this process that is not in <paramref name="keep"/>; returns how many.</summary>
    public static int KillAllExcept(IReadOnlySet<int> keep)
    {
        var killed = 0;
        foreach (var pid in NewSince(keep))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
                killed++;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
        }

        return killed;
    }

    /// <summary>Every live (not zombie) process: its parent and its name, from <c>/proc/*/stat</c>.</summary>
    private static Dictionary<int, (int Parent, string Name)> Processes()
    {
        var parents = new Dictionary<int, (int Parent, string Name)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // pid (comm) state ppid ...: comm may hold spaces and parentheses, so split at the last ')'.
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var rest = stat[(close + 2)..].Split(' ');
                if (rest[0] == "Z") continue; // a zombie holds no resources; it is reaped by its parent
                parents[pid] = (int.Parse(rest[1], CultureInfo.InvariantCulture), stat[(open + 1)..close]);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
            {
                // The process ended while we looked.
            }
        }

        return parents;
    }

    /// <summary>SIGKILLs the parents of <paramref name="children"/> whose command line contains <paramref name="marker"/>; returns how many.</summary>
    public static int KillParentsOf(IReadOnlySet<int> children, string marker)
    {
        var processes = Processes();
        var killed = 0;
        foreach (var parent in children.Select(c => processes.TryGetValue(c, out var p) ? p.Parent : 0).Where(p => p > 0).Distinct())
        {
            try
            {
                if (!File.ReadAllText($"/proc/{parent}/cmdline").Contains(marker, StringComparison.Ordinal)) continue;
                using var process = System.Diagnostics.Process.GetProcessById(parent);
                process.Kill();
                killed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }

        return killed;
    }

    [DllImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static extern int Prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);
}
