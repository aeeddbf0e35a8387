using System.Collections.Concurrent;
using Crawler.Model;

namespace Crawler.Diagnostics;

/// <summary>
/// A one-line progress display on an interactive terminal (standard error), redrawn at most every 200 ms.
/// Silent when standard error is redirected: logs carry progress there.
/// </summary>
public sealed class ConsoleProgress : IProgress<(string SourceId, CrawlProgress Progress)>, IDisposable
{
    private readonly ConcurrentDictionary<string, CrawlProgress> _state = new();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();

    public ConsoleProgress()
    {
        Enabled = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
        if (Enabled) _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(200));
    }

    public bool Enabled { get; }

    public void Report((string SourceId, CrawlProgress Progress) value) => _state[value.SourceId] = value.Progress;

    private void Draw()
    {
        var parts = _state.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key} {p.Value.Phase} {p.Value.Done}{(p.Value.Total is { } t ? "/" + t : "")}");
        var line = string.Join(" | ", parts);
        var width = Math.Max(20, SafeWidth() - 1);
        if (line.Length > width) line = line[..(width - 1)] + "…";
        lock (_gate) Console.Error.Write("\r" + line.PadRight(width));
    }

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        if (Enabled) lock (_gate) Console.Error.Write("\r" + new string(' ', Math.Max(20, SafeWidth() - 1)) + "\r");
    }
}
