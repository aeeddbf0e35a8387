namespace Crawler.Hosting;

/// <summary>
/// Configuration keys given on the command line as <c>--Section:Key=value</c> (e.g. <c>--Crawler:WorkerId=w1</c>):
/// the last and strongest configuration layer. Held per invocation (async-local), so in-process callers
/// such as tests do not see each other's keys.
/// </summary>
public static class CommandLineOverrides
{
    private static readonly AsyncLocal<IReadOnlyDictionary<string, string?>?> Held = new();

    /// <summary>The keys of the current invocation (empty outside one).</summary>
    public static IReadOnlyDictionary<string, string?> Current => Held.Value ?? new Dictionary<string, string?>();

    /// <summary>
    /// Splits <paramref name="args"/> into configuration keys (a token <c>--A:B=v</c>: a colon before the first
    /// '=') and the rest, which System.CommandLine parses; holds the keys for this invocation.
    /// </summary>
    public static string[] Extract(IReadOnlyList<string> args)
    {
        var keys = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        foreach (var arg in args)
        {
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var colon = arg.IndexOf(':', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && colon > 2 && equals > colon) keys[arg[2..equals]] = arg[(equals + 1)..];
            else rest.Add(arg);
        }

        Held.Value = keys;
        return [.. rest];
    }
}
