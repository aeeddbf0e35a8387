using Crawler.Model;

namespace Crawler.Portals;

/// <summary>
/// One portal family's registration: the <see cref="SourceDefinition.Platform"/> name it serves and how its
/// <c>settings</c> become a typed record. Each family registers one (<see cref="PortalFamilyServiceCollectionExtensions"/>);
/// the source catalog validates every source through them when sources load, so nothing lists platforms by hand.
/// </summary>
public interface IPortalFamily
{
    /// <summary>The platform name, e.g. <c>atsx</c>.</summary>
    string Platform { get; }

    /// <summary>
    /// Parses and validates <paramref name="source"/>'s settings: the family's typed settings, or every problem,
    /// each naming the source and the settings key.
    /// </summary>
    SettingsParse Parse(SourceDefinition source);
}
