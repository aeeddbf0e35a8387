using Crawler.Model;

namespace Crawler.Configuration;

/// <summary>
/// A source as written in configuration (mutable for the binder); <see cref="SourceCatalog"/> validates it
/// into a <see cref="Crawler.Model.SourceDefinition"/>.
/// </summary>
public sealed class SourceConfig
{
    public string? Id { get; set; }
    public string? Company { get; set; }
    public string? Platform { get; set; }
    public string? EntryUrl { get; set; }
    public string? Interval { get; set; }
    public string? Cron { get; set; }
    public int? MissesBeforeGone { get; set; }
    public double? MaxRemovalShare { get; set; }
    public string? SnapshotMaxAge { get; set; }
    public bool Enabled { get; set; } = true;
    public List<string> AllowedHosts { get; set; } = [];
    public Dictionary<string, string> Settings { get; set; } = [];
}
