using System.CommandLine;
using Crawler.Hosting;

namespace Crawler.Commands;

/// <summary>Options every store-using verb shares.</summary>
public sealed class CommonOptions
{
    public Option<string?> Sources { get; } = new("--sources") { Description = "Sources file (JSON with a \"Sources\" array); adds to appsettings.json" };
    public Option<string?> Database { get; } = new("--db") { Description = "SQLite database file (default data/crawler.db)" };
    public Option<string?> LogFormat { get; } = new("--log-format") { Description = "Log format: text or json (default: text on a terminal, json when redirected)" };

    public CommonOptions() => LogFormat.AcceptOnlyFromAmong("text", "json");

    public void AddTo(Command command)
    {
        command.Options.Add(Sources);
        command.Options.Add(Database);
        command.Options.Add(LogFormat);
    }

    /// <summary>The settings of this invocation; <paramref name="readOnlyStore"/> for verbs that only read the store.</summary>
    public CommandSettings Read(ParseResult result, bool readOnlyStore = false) => new()
    {
        ReadOnlyStore = readOnlyStore,
        SourcesFile = result.GetValue(Sources),
        Database = result.GetValue(Database),
        LogFormat = result.GetValue(LogFormat),
    };
}
