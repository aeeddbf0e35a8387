namespace Crawler.Portals;

/// <summary>How the detail renderer reaches a detail page once a page of the portal is open.</summary>
public enum DetailNavigation
{
    /// <summary>Load the URL as a new document.</summary>
    Reload = 0,
    /// <summary>Same-origin SPA route: <c>history.pushState</c> plus a popstate event, no document reload.</summary>
    PushState = 1,
    /// <summary>Hash route (<c>#/job/{id}</c>): set <c>location.hash</c>.</summary>
    Hash = 2,
}
