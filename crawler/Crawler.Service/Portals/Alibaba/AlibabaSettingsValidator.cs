using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>Reads and checks an Alibaba-family source's settings when sources load; every mistake names its key.</summary>
public static class AlibabaSettingsValidator
{
    public static AlibabaSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var campus = reader.Flag("campus", AlibabaPostingParser.IsCampus(reader.Source.EntryUrl));
        var settings = new AlibabaSettings(
            reader.WholeNumber("pageSize", 100, 1, 100),
            reader.Text("channel", campus ? "campus_group_official_site" : "group_official_site"),
            reader.Text("language", "zh"),
            reader.WholeNumber("resultCap", 500, 1, 1_000_000),
            campus,
            (reader.Text("batches") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            DetailSettings.Read(reader));
        reader.RejectUnknownKeys();
        return settings;
    }
}
