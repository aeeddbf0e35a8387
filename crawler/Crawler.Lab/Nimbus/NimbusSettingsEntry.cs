namespace Crawler.Lab.Nimbus;

/// <summary>One site's row in <c>Nimbus/Static/nimbus-settings.json</c>.</summary>
/// <param name="About">What the settings crawl, for the reader of the file.</param>
/// <param name="Base">The site whose settings this one starts from; null for a site written out in full.</param>
/// <param name="Without">Keys of the base this site drops.</param>
/// <param name="Settings">This site's own keys, set over the base's.</param>
internal sealed record NimbusSettingsEntry(string About, string? Base, IReadOnlyList<string>? Without, IReadOnlyDictionary<string, string> Settings);
