using System.Diagnostics;

namespace Crawler.Tests.Support;

/// <summary>
/// The built executable, <c>dotnet crawler.dll ARGS</c>, run to its end in a working directory, for what only a
/// separate process shows: which stream a line went to, what the logger printed besides the error line.
/// </summary>
public static class CrawlerProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(string directory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crawler.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment.Remove("CRAWLER_Logging__Level");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start crawler.dll");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"crawler {string.Join(' ', args)} did not exit within 90 s");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
