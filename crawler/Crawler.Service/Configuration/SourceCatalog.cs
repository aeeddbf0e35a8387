using System.Globalization;
using System.Text.RegularExpressions;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Portals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Configuration;

/// <summary>
/// Reads the <c>Sources</c> section (from appsettings, a sources file or the environment) and validates every
/// entry, collecting all problems so ops fix a file in one pass. Each source's <c>settings</c> are parsed and
/// validated here, once, by the family registered for its platform (<see cref="IPortalFamily"/>), and kept on the
/// source (<see cref="SourceDefinition.ParsedSettings"/>).
/// </summary>
public static partial class SourceCatalog
{
    public const string SectionName = "Sources";

    /// <summary>Validated, enabled sources, checked by the families registered in <paramref name="services"/>.</summary>
    public static IReadOnlyList<SourceDefinition> Load(IServiceProvider services) =>
        Load(services.GetRequiredService<IConfiguration>(), services.GetServices<IPortalFamily>());

    /// <summary>Validated, enabled sources. Throws <see cref="SourceValidationException"/> listing every problem.</summary>
    public static IReadOnlyList<SourceDefinition> Load(IConfiguration configuration, IEnumerable<IPortalFamily> families)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var registered = families.ToDictionary(f => f.Platform, StringComparer.OrdinalIgnoreCase);
        var section = configuration.GetSection(SectionName);
        var entries = section.GetChildren().ToList();
        var problems = new List<string>();
        var sources = new List<SourceDefinition>();
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            SourceConfig config;
            try
            {
                config = entries[i].Get<SourceConfig>() ?? new SourceConfig();
            }
            catch (InvalidOperationException ex)
            {
                problems.Add($"Sources[{i}]: {ex.Message}");
                continue;
            }

            var label = $"Sources[{i}]" + (string.IsNullOrWhiteSpace(config.Id) ? "" : $" (id '{config.Id}')");
            SourceFields.CheckKnown(entries[i], label, problems);
            var definition = Validate(config, label, registered, problems);
            if (!string.IsNullOrWhiteSpace(config.Id) && !firstIndex.TryAdd(config.Id, i))
                problems.Add($"{label}: field 'id' repeats Sources[{firstIndex[config.Id]}]; every source needs its own id");
            else if (definition is not null && config.Enabled) sources.Add(definition);
        }

        if (problems.Count > 0) throw new SourceValidationException(problems);
        return sources;
    }

    private static SourceDefinition? Validate(SourceConfig c, string label, Dictionary<string, IPortalFamily> families, List<string> problems)
    {
        var before = problems.Count;
        void Problem(string field, string what) => problems.Add($"{label}: field '{field}' {what}");

        if (string.IsNullOrWhiteSpace(c.Id)) Problem("id", "is required");
        else if (!IdPattern().IsMatch(c.Id)) Problem("id", $"'{c.Id}' must be lower-case letters, digits, '-', '_' or '.'");
        if (string.IsNullOrWhiteSpace(c.Company)) Problem("company", "is required");
        if (string.IsNullOrWhiteSpace(c.Platform)) Problem("platform", "is required");
        else if (!families.ContainsKey(c.Platform)) Problem("platform", $"'{c.Platform}' is not one of {string.Join(", ", families.Keys)}");
        Uri? entry = null;
        if (string.IsNullOrWhiteSpace(c.EntryUrl)) Problem("entryUrl", "is required");
        else if (!Uri.TryCreate(c.EntryUrl, UriKind.Absolute, out entry) || entry.Scheme is not ("http" or "https"))
            Problem("entryUrl", $"'{c.EntryUrl}' is not an absolute http(s) URL");
        var interval = Duration(c.Interval, "interval", TimeSpan.FromDays(1), Problem);
        var maxAge = Duration(c.SnapshotMaxAge, "snapshotMaxAge", TimeSpan.FromDays(30), Problem);
        if (interval < TimeSpan.FromMinutes(1)) Problem("interval", "must be at least one minute");
        if (c.MissesBeforeGone is < 1 or > 100) Problem("missesBeforeGone", "must be between 1 and 100");
        if (c.MaxRemovalShare is < 0 or > 1) Problem("maxRemovalShare", "must be between 0 and 1");
        if (c.Cron is { Length: > 0 } cron && !CronSchedule.TryParse(cron, out _, out var cronError)) Problem("cron", cronError);
        foreach (var host in c.AllowedHosts.Where(h => Uri.CheckHostName(h) == UriHostNameType.Unknown)) Problem("allowedHosts", $"'{host}' is not a host name");
        var source = new SourceDefinition
        {
            Id = c.Id ?? "", Company = c.Company ?? "", Platform = c.Platform?.ToLowerInvariant() ?? "", EntryUrl = entry ?? new Uri("about:blank"),
            Interval = interval, Cron = string.IsNullOrWhiteSpace(c.Cron) ? null : c.Cron,
            MissesBeforeGone = c.MissesBeforeGone ?? 2, MaxRemovalShare = c.MaxRemovalShare ?? 0.3,
            SnapshotMaxAge = maxAge, AllowedHosts = c.AllowedHosts, Settings = c.Settings,
        };
        // Settings are checked even when another field is wrong, so one pass names every mistake.
        var settings = c.Platform is { } platform && families.TryGetValue(platform, out var family) ? family.Parse(source) : null;
        foreach (var problem in settings?.Problems ?? []) Problem($"settings.{problem.Key}", problem.What);
        if (problems.Count > before || settings is null) return null;
        return source with { ParsedSettings = settings.Settings };
    }

    private static TimeSpan Duration(string? text, string field, TimeSpan fallback, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero) return value;
        problem(field, $"'{text}' is not a positive duration like 06:00:00 or 1.00:00:00");
        return fallback;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex IdPattern();
}
