using System.Text.Json;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>
/// The declarative settings that crawl each Nimbus site, as data in <c>Nimbus/Static/nimbus-settings.json</c>:
/// what an operator writes (see docs/declarative.md). A variant names its base site, the keys it drops and the keys it sets.
/// </summary>
internal static class NimbusSettings
{
    private static readonly Dictionary<string, NimbusSettingsEntry> Entries = Load();

    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Resolved =
        Entries.Keys.ToDictionary(id => id, id => (IReadOnlyDictionary<string, string>)Resolve(id), StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> For(string siteId) =>
        Resolved.TryGetValue(siteId, out var settings)
            ? settings
            : throw new ArgumentOutOfRangeException(nameof(siteId), siteId, "not a Nimbus site");

    private static Dictionary<string, string> Resolve(string siteId)
    {
        var entry = Entries[siteId];
        var settings = entry.Base is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string>(Resolve(entry.Base).Where(p => entry.Without?.Contains(p.Key) != true));
        foreach (var (key, value) in entry.Settings)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The sites' rows; the file's other top-level keys (its <c>about</c>) are for the reader.</summary>
    private static Dictionary<string, NimbusSettingsEntry> Load() =>
        LabResources.ReadJson<Dictionary<string, JsonElement>>("Nimbus.Static.nimbus-settings.json")
            .Where(p => p.Value.ValueKind == JsonValueKind.Object)
            .ToDictionary(p => p.Key, p => p.Value.Deserialize<NimbusSettingsEntry>(JsonSerializerOptions.Web)!, StringComparer.Ordinal);
}
