using System.Collections.Concurrent;
using System.Globalization;
using Crawler.Model;
using Crawler.Portals;

namespace Crawler.Diagnostics;

/// <summary>
/// A one-line progress display on an interactive terminal, redrawn every 200 ms through
/// <see cref="TerminalStatus"/> (which keeps log lines above it): per source its phase, done/total, rate and
/// ETA. A source can report two phases at once (a portal's detail calls while listing, and the rendering of
/// what is listed): each keeps its own count and rate, and a phase drops off two seconds after its last report
/// once a later phase of that source has begun. Silent when standard error is redirected: logs carry progress there.
/// </summary>
public sealed class ConsoleProgress : IProgress<(string SourceId, CrawlProgress Progress)>, IDisposable
{
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<(string SourceId, string Phase), PhaseProgress> _state = new();
    private readonly TerminalStatus _terminal;
    private readonly TimeProvider _time;
    private readonly int _width;
    private readonly ITimer? _timer;

    public ConsoleProgress()
        : this(TerminalStatus.Shared, TimeProvider.System, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null, SafeWidth())
    {
    }

    public ConsoleProgress(TerminalStatus terminal, TimeProvider time, bool enabled, int width)
    {
        ArgumentNullException.ThrowIfNull(time);
        _terminal = terminal;
        _time = time;
        _width = Math.Max(20, width - 1);
        Enabled = enabled;
        if (enabled) _timer = time.CreateTimer(_ => Draw(), null, Redraw, Redraw);
    }

    public bool Enabled { get; }

    public void Report((string SourceId, CrawlProgress Progress) value)
    {
        var now = _time.GetUtcNow();
        _state.AddOrUpdate((value.SourceId, value.Progress.Phase), _ => new PhaseProgress(value.Progress, now, value.Progress.Done, now),
            (_, old) => old with { Current = value.Progress, UpdatedAt = now });
    }

    /// <summary>The status line as drawn now.</summary>
    public string Line()
    {
        var now = _time.GetUtcNow();
        var sources = _state.GroupBy(p => p.Key.SourceId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var newest = g.Max(p => p.Value.Since);
            var shown = g.Where(p => p.Value.Since == newest || now - p.Value.UpdatedAt < Quiet).OrderBy(p => p.Value.Since);
            return g.Key + " " + string.Join(", ", shown.Select(p => Describe(p.Value, now)));
        });
        var line = string.Join(" | ", sources);
        return line.Length > _width ? line[..(_width - 1)] + "…" : line;
    }

    private static string Describe(PhaseProgress s, DateTimeOffset now)
    {
        var p = s.Current;
        var text = $"{p.Phase} {p.Done}{(p.Total is { } t ? "/" + t : "")}";
        var seconds = (now - s.Since).TotalSeconds;
        if (seconds < 1 || p.Done <= s.DoneAtStart) return text;
        var rate = (p.Done - s.DoneAtStart) / seconds;
        text += string.Create(CultureInfo.InvariantCulture, $" {rate:0.0}/s");
        if (p.Total is { } total && total > p.Done) text += $" ETA {Eta(TimeSpan.FromSeconds((total - p.Done) / rate))}";
        return text;
    }

    private static string Eta(TimeSpan left) =>
        left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : left.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private void Draw()
    {
        if (!_state.IsEmpty) _terminal.SetStatus(Line());
    }

    private static int SafeWidth()
    {
        try
        {
            return UsableWidth(Console.WindowWidth);
        }
        catch (IOException)
        {
            return UsableWidth(0);
        }
    }

    /// <summary>The terminal's width, or 120 when it reports none (a pseudo-terminal nobody sized answers 0).</summary>
    internal static int UsableWidth(int reported) => reported > 0 ? reported : 120;

    public void Dispose()
    {
        _timer?.Dispose();
        if (Enabled) _terminal.ClearStatus();
    }

    private sealed record PhaseProgress(CrawlProgress Current, DateTimeOffset Since, int DoneAtStart, DateTimeOffset UpdatedAt);
}
