using System.Collections.Concurrent;
using System.Diagnostics;

namespace Crawler.Tests.Support;

/// <summary>
/// The real worker, <c>dotnet crawler.dll run --sources F --db D</c>, as a child process with short leases and polls
/// set through <c>CRAWLER_</c> environment variables, so a test can SIGKILL it at a chosen moment.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static WorkerProcess Start(string directory, string sourcesFile, string database)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "crawler.dll"), "run", "--sources", sourcesFile, "--db", database, "--log-format", "json" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["CRAWLER_Crawler__LeaseDuration"] = "00:00:05";
        info.Environment["CRAWLER_Crawler__PollInterval"] = "00:00:00.300";
        info.Environment["CRAWLER_Crawler__ErrorSnapshotDirectory"] = Path.Combine(directory, "errors");
        info.Environment["CRAWLER_Crawler__Resilience__BaseDelay"] = "00:00:00.100";
        info.Environment["CRAWLER_Crawler__Resilience__RequestTimeout"] = "00:00:05";
        info.Environment["CRAWLER_browser__NavigationTimeout"] = "00:00:10";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the worker");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>SIGKILL: no shutdown hook, no finally block runs in the worker.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    /// <summary>The last lines the worker logged, for a failing test's message.</summary>
    public string Tail(int lines = 15) => string.Join("\n", _log.TakeLast(lines));

    private void Keep(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 200) _log.TryDequeue(out _);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
