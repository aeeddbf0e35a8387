namespace Crawler.Portals.Declarative;

/// <summary>Where a declarative source's postings come from (setting <c>mode</c>).</summary>
public enum DeclarativeMode
{
    /// <summary>The JSON the page itself fetches (<c>api.*</c> settings).</summary>
    Api = 1,
    /// <summary>The rendered page's elements (<c>dom.*</c> settings).</summary>
    Dom = 2,
}
