namespace Crawler.Lab.Nimbus;

/// <summary>One Nimbus site as <c>Nimbus/Static/nimbus-sites.json</c> describes it: where it lives and which app serves it.</summary>
/// <param name="Id">The site id, e.g. <c>nimbus-board</c>.</param>
/// <param name="PagePath">The listing page's path; a board is served under it (<c>/board/</c>) and its API under <c>/api/board/</c>.</param>
/// <param name="DefaultSize">How many postings the site lists unless the options say otherwise.</param>
/// <param name="IsCampusSite">Campus and intern postings only.</param>
/// <param name="Title">The document title of the site's shell.</param>
/// <param name="App"><c>careers</c> (API SPA, cursor paging), <c>jobs</c> (infinite scroll) or <c>board</c> (the job board).</param>
/// <param name="ListTexts">Board: the search answer carries the description and requirement (else only the detail answer does).</param>
/// <param name="PostDetail">Board: the page asks for a detail by POST.</param>
/// <param name="OpaqueRoute">Board: every detail opens at <c>#/detail</c> and the id is written nowhere in the DOM.</param>
internal sealed record NimbusSiteSpec(
    string Id,
    string PagePath,
    int DefaultSize,
    bool IsCampusSite,
    string Title,
    string App,
    bool ListTexts = true,
    bool PostDetail = false,
    bool OpaqueRoute = false)
{
    /// <summary>The board's name in its paths: the page path without its slashes.</summary>
    public string BoardName => PagePath.Trim('/');
}
