namespace Crawler.Hosting;

/// <summary>What a command line adds to configuration: files and overrides.</summary>
public sealed record CommandSettings
{
    /// <summary>A sources file (JSON with a <c>Sources</c> array), layered over appsettings.</summary>
    public string? SourcesFile { get; init; }
    /// <summary>SQLite database path (shortcut for <c>Storage:Sqlite:Path</c>).</summary>
    public string? Database { get; init; }
    /// <summary><c>text</c> (default on a terminal) or <c>json</c>.</summary>
    public string? LogFormat { get; init; }
    /// <summary>The verb only reads the store: open the SQLite file read-only and create nothing.</summary>
    public bool ReadOnlyStore { get; init; }
    /// <summary>Any further configuration keys (e.g. from the demo).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
