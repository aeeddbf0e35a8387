using System.Globalization;
using Crawler.Model;

namespace Crawler.Browsing;

/// <summary>
/// The process tree as Linux shows it in /proc: who descends from whom, which of them are Chromium, and how
/// much resident memory they hold. Elsewhere (no /proc) every answer is empty or zero.
/// </summary>
public static class ProcessTree
{
    private static readonly long PageSize = Environment.SystemPageSize;

    /// <summary>One process: id, parent, command name (at most 15 characters), state letter (Z = zombie).</summary>
    public sealed record Entry(int Pid, int ParentPid, string Name, char State);

    /// <summary>Every process readable now.</summary>
    public static IReadOnlyList<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        if (!Directory.Exists("/proc")) return entries;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Read(pid) is { } entry) entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Processes below <paramref name="rootPid"/> (not the root itself).</summary>
    public static IReadOnlyList<Entry> Descendants(int rootPid, IReadOnlyList<Entry>? snapshot = null)
    {
        var all = snapshot ?? Snapshot();
        var children = all.ToLookup(e => e.ParentPid);
        var result = new List<Entry>();
        var queue = new Queue<int>([rootPid]);
        while (queue.Count > 0)
        {
            foreach (var child in children[queue.Dequeue()])
            {
                result.Add(child);
                queue.Enqueue(child.Pid);
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="pid"/> runs (exists and is neither a zombie nor dead).</summary>
    public static bool IsAlive(int pid) => Read(pid) is { State: not ('Z' or 'X' or 'x') };

    /// <summary>Chromium processes (browser, renderers, zygotes, crashpad; zombies included) below <paramref name="rootPid"/>.</summary>
    public static int CountChromiumDescendants(int rootPid) => Descendants(rootPid).Count(IsChromium);

    public static bool IsChromium(Entry entry) => entry.Name.StartsWith("chrom", StringComparison.OrdinalIgnoreCase) || entry.Name.StartsWith("headless_shell", StringComparison.Ordinal);

    /// <summary>The process whose command line contains <paramref name="marker"/> among <paramref name="candidates"/>, if any.</summary>
    public static int? FindByCommandLine(IEnumerable<Entry> candidates, string marker)
    {
        foreach (var entry in candidates)
        {
            try
            {
                if (File.ReadAllText($"/proc/{entry.Pid}/cmdline").Contains(marker, StringComparison.Ordinal)) return entry.Pid;
            }
            catch (IOException)
            {
                // Exited meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read.
            }
        }

        return null;
    }

    /// <summary>
    /// Memory of a process and its descendants, in bytes, as proportional set size: pages shared by Chromium's
    /// processes count once in the sum, where plain RSS would count them once per process (about twice the truth).
    /// </summary>
    public static long MemoryBytesOfTree(int rootPid)
    {
        var snapshot = Snapshot();
        return Descendants(rootPid, snapshot).Select(e => e.Pid).Prepend(rootPid).Sum(MemoryBytes);
    }

    /// <summary>PSS from /proc/PID/smaps_rollup, or RSS from /proc/PID/statm where that is not readable; 0 when gone.</summary>
    public static long MemoryBytes(int pid)
    {
        try
        {
            if (File.Exists($"/proc/{pid}/smaps_rollup"))
            {
                foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
                {
                    if (!line.StartsWith("Pss:", StringComparison.Ordinal)) continue;
                    var kb = line[4..].Trim().Split(' ')[0];
                    return long.TryParse(kb, CultureInfo.InvariantCulture, out var value) ? value * 1024 : 0;
                }
            }

            var fields = File.ReadAllText($"/proc/{pid}/statm").Split(' ');
            return fields.Length > 1 && long.TryParse(fields[1], CultureInfo.InvariantCulture, out var pages) ? pages * PageSize : 0;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static Entry? Read(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split at the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open) return null;
            var rest = stat[(close + 2)..].Split(' ');
            return new Entry(pid, int.Parse(rest[1], CultureInfo.InvariantCulture), stat[(open + 1)..close], rest[0][0]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
