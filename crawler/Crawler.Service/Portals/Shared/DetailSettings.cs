using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// The optional detail refinements every built-in family reads: <c>detailReadySelector</c> (<c>{id}</c> is
/// replaced by the posting id) and <c>detailContentSelector</c>. Unset, the renderer proves a detail by its
/// answer and title and keeps the main content.
/// </summary>
public static class DetailSettings
{
    public const string ReadySelectorKey = "detailReadySelector";
    public const string ContentSelectorKey = "detailContentSelector";

    /// <summary>A target for <paramref name="posting"/> with the source's refinements, its title and its answer.</summary>
    public static DetailTarget Target(SourceDefinition source, ObservedPosting posting, Uri url, DetailNavigation navigation, DetailAnswer answer)
    {
        var id = posting.PortalId.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal);
        var ready = NonEmpty(source.Setting(ReadySelectorKey))?.Replace("{id}", id, StringComparison.Ordinal);
        var content = NonEmpty(source.Setting(ContentSelectorKey))?.Replace("{id}", id, StringComparison.Ordinal);
        return new DetailTarget(url, ready, content, navigation)
        {
            Title = NonEmpty(posting.Title),
            Answer = answer,
            SettingHint = $"settings.{ReadySelectorKey} / settings.{ContentSelectorKey}",
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
