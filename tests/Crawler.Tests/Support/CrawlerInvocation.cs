using Crawler.Commands;

namespace Crawler.Tests.Support;

/// <summary>The command-line entry run in-process: exit code and what it wrote to standard error.</summary>
public static class CrawlerInvocation
{
    public static async Task<(int ExitCode, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var error = new StringWriter();
        var exit = await CrawlerEntry.RunAsync(args, error, cancellationToken);
        return (exit, error.ToString());
    }

    public static Task<(int ExitCode, string Error)> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);
}
