using System.Text.Json;

namespace Crawler.Portals.Declarative;

/// <summary>
/// The success marker of a JSON answer (<c>api.okPath</c>/<c>okValue</c> for list pages,
/// <c>detail.api.okPath</c>/<c>okValue</c> for detail answers): the answer counts only when the path holds the value.
/// </summary>
internal static class DeclarativeOkMarker
{
    /// <summary>Why <paramref name="root"/> is refused, naming <paramref name="key"/>; null when no marker is set or it holds <paramref name="value"/>.</summary>
    public static string? Refusal(JsonElement root, JsonDotPath? path, string? value, string key)
    {
        if (path is null) return null;
        var ok = path.Select(root).Select(DeclarativePostingParser.Text).FirstOrDefault();
        return string.Equals(ok, value, StringComparison.Ordinal) ? null : $"{key} '{path}' is '{ok ?? "(missing)"}', not '{value}'";
    }
}
