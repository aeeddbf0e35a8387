namespace Crawler.Model;

/// <summary>
/// One configured portal (a "source"): which company it belongs to, which adapter crawls it and how often.
/// Bound from the <c>Sources</c> configuration section or a sources file.
/// </summary>
public sealed record SourceDefinition
{
    /// <summary>Stable id, used in posting keys (<c>{id}:{portalId}</c>). Lower case, no spaces.</summary>
    public required string Id { get; init; }

    /// <summary>Company the postings belong to (groups analyses by firm), e.g. <c>ByteDance</c>.</summary>
    public required string Company { get; init; }

    /// <summary>Adapter that crawls it: <c>atsx</c>, <c>moka</c>, <c>alibaba</c> or <c>declarative</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The listing page a person would open, e.g. <c>https://jobs.bytedance.com/campus/position</c>.</summary>
    public required Uri EntryUrl { get; init; }

    /// <summary>How often the worker crawls it. Default: one day.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Optional cron expression; when set it replaces <see cref="Interval"/>.</summary>
    public string? Cron { get; init; }

    /// <summary>Complete runs a key must be missing from before it is reported gone. Default 2.</summary>
    public int MissesBeforeGone { get; init; } = 2;

    /// <summary>Largest share of a source one run may remove; above it the run is suspect. Default 0.3.</summary>
    public double MaxRemovalShare { get; init; } = 0.3;

    /// <summary>Snapshots older than this are rendered again even when the posting did not change. Default 30 days.</summary>
    public TimeSpan SnapshotMaxAge { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Hosts the crawl may talk to besides the entry URL's host; redirects elsewhere are not followed.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Adapter-specific settings (flat keys, e.g. <c>pageSize</c>, <c>api.itemsPath</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The family's typed settings, parsed and validated once when sources load (null for a source built in code;
    /// its adapter parses <see cref="Settings"/> on first use then).
    /// </summary>
    public object? ParsedSettings { get; init; }

    /// <summary>Reads an adapter setting, or <paramref name="fallback"/> when it is not set.</summary>
    public string? Setting(string name, string? fallback = null) =>
        Settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : fallback;

    /// <summary>Every host the crawl may reach.</summary>
    public IEnumerable<string> Hosts() => AllowedHosts.Prepend(EntryUrl.Host).Distinct(StringComparer.OrdinalIgnoreCase);
}
