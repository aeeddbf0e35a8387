using System.CommandLine;
using Crawler.Hosting;

namespace Crawler.Commands;

/// <summary>
/// The executable's entry: parses, runs the verb and turns every failure into one line on standard error and an
/// exit code from <see cref="ExitCodes"/>. The stack trace is printed only at debug level
/// (<c>--Logging:Level=Debug</c> or <c>CRAWLER_Logging__Level=Debug</c>).
/// </summary>
public static class CrawlerEntry
{
    public static Task<int> RunAsync(string[] args, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(CrawlerCommandLine.Create(), args, error, cancellationToken);

    /// <summary>The same for another executable's verbs (<c>crawler-lab</c>): one way to fail for both.</summary>
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var parse = root.Parse(CommandLineOverrides.Extract(args));
            if (parse.Errors.Count > 0)
            {
                foreach (var problem in parse.Errors) await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
                await error.WriteLineAsync($"See '{CommandPath(parse.CommandResult.Command)} --help'.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Error = error };
            if (RunCommand.HandlesSignalsItself(parse)) invocation.ProcessTerminationTimeout = null;
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var (message, code) = ErrorExplainer.Explain(ex);
            await error.WriteLineAsync(message).ConfigureAwait(false);
            if (DebugRequested()) await error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            return code;
        }
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, c.Name);
        var root = command.Parents.OfType<RootCommand>().FirstOrDefault() ?? command as RootCommand;
        return string.Join(' ', [root?.Name ?? "crawler", .. names]);
    }

    private static bool DebugRequested()
    {
        var level = CommandLineOverrides.Current.GetValueOrDefault("Logging:Level") ?? Environment.GetEnvironmentVariable("CRAWLER_Logging__Level");
        return level is not null && (level.Equals("Debug", StringComparison.OrdinalIgnoreCase) || level.Equals("Verbose", StringComparison.OrdinalIgnoreCase) || level.Equals("Trace", StringComparison.OrdinalIgnoreCase));
    }
}
