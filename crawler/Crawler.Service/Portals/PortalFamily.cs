using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals;

/// <summary>A family registration built from its platform name and its settings validator's read function.</summary>
internal sealed class PortalFamily<TSettings>(string platform, Func<SettingsReader, TSettings?> read) : IPortalFamily
    where TSettings : class
{
    public string Platform => platform;

    public SettingsParse Parse(SourceDefinition source)
    {
        var reader = new SettingsReader(source);
        var settings = read(reader);
        return reader.Problems.Count == 0 && settings is not null ? new SettingsParse(settings, []) : new SettingsParse(null, reader.Problems);
    }
}
