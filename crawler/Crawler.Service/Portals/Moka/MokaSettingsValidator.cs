using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>Reads and checks a Moka source's settings when sources load; every mistake names its key.</summary>
public static class MokaSettingsValidator
{
    public static MokaSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var settings = new MokaSettings(
            reader.WholeNumber("pageSize", MokaSettings.MaxPageSize, 1, MokaSettings.MaxPageSize, "above it Moka answers business code 102"),
            reader.Duration("pageDelay", TimeSpan.FromMilliseconds(250)),
            reader.WholeNumber("detailConcurrency", 4, 1, 16),
            DetailSettings.Read(reader));
        reader.RejectUnknownKeys();
        return settings;
    }
}
