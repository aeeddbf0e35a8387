namespace Crawler.Portals.Declarative;

/// <summary>How a posting's detail page is found (setting <c>detail.kind</c>).</summary>
public enum DetailKind
{
    /// <summary>A link inside the card (<c>detail.selector</c>, default <c>a</c>): its <c>href</c>.</summary>
    Link = 1,
    /// <summary>Click-only cards: click, wait for the detail view, read its URL and fields, go back.</summary>
    Click = 2,
    /// <summary><c>detail.urlTemplate</c> with <c>{id}</c>, relative to the entry URL.</summary>
    UrlTemplate = 3,
}
