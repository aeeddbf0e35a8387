namespace Crawler.Portals.Declarative;

/// <summary>URL helpers for declarative paging.</summary>
public static class DeclarativeUrls
{
    /// <summary>The URL with query parameter <paramref name="name"/> set to <paramref name="value"/> (replaced when present, appended otherwise).</summary>
    public static Uri WithParameter(Uri url, string name, string value)
    {
        var pairs = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !string.Equals(Uri.UnescapeDataString(p.Split('=')[0]), name, StringComparison.Ordinal))
            .Append($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
        return new UriBuilder(url) { Query = string.Join("&", pairs) }.Uri;
    }
}
