using System.Collections.Concurrent;
using System.Diagnostics;

namespace Crawler.Tests.Support;

/// <summary>The built executable as a running child process, for tests that signal it mid-verb.</summary>
public sealed class CrawlerChild : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _error = new();

    private CrawlerChild(Process process) => _process = process;

    public string Error => string.Join("\n", _error);

    public static CrawlerChild Start(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crawler.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start crawler.dll");
        var child = new CrawlerChild(process);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) child._error.Enqueue(e.Data); };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return child;
    }

    /// <summary>Waits until a standard-error line contains <paramref name="text"/>.</summary>
    public Task WaitForErrorLineAsync(string text, TimeSpan timeout) =>
        Wait.UntilAsync(() => _error.Any(l => l.Contains(text, StringComparison.Ordinal)), timeout, $"no line with '{text}' in: {Error}");

    /// <summary>Sends a POSIX signal (TERM, INT) through kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
