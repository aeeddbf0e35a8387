namespace Crawler.Portals.Declarative;

/// <summary>How the next page of the list is reached (setting <c>next.kind</c>).</summary>
public enum NextKind
{
    /// <summary>The entry page shows the whole list.</summary>
    None = 0,
    /// <summary>Load the entry URL with <c>next.param</c> = start, start + step, …</summary>
    UrlParam = 1,
    /// <summary>Click <c>next.selector</c> (a "load more" button or a pager link).</summary>
    Click = 2,
    /// <summary>Scroll to the bottom (infinite scroll).</summary>
    Scroll = 3,
}
