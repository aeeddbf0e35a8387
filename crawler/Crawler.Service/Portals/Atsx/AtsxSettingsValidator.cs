using Crawler.Portals.Shared;

namespace Crawler.Portals.Atsx;

/// <summary>Reads and checks an ATSX source's settings when sources load; every mistake names its key.</summary>
public static class AtsxSettingsValidator
{
    public const int DefaultPageSize = 100;

    public static AtsxSettings Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var settings = new AtsxSettings(
            reader.WholeNumber("pageSize", DefaultPageSize, 1, AtsxListing.ResultWindow, "the search answers at most 10,000 posts"),
            DetailSettings.Read(reader));
        reader.RejectUnknownKeys();
        return settings;
    }
}
