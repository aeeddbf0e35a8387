namespace Crawler.Lab.Generation;

/// <summary>The title edit every family makes: a marker (urgency, seniority) added when absent, dropped when present.</summary>
internal static class TitleMarker
{
    public static string ToggleSuffix(string title, string marker) =>
        title.EndsWith(marker, StringComparison.Ordinal) ? title[..^marker.Length] : title + marker;

    public static string TogglePrefix(string title, string marker) =>
        title.StartsWith(marker, StringComparison.Ordinal) ? title[marker.Length..] : marker + title;
}
