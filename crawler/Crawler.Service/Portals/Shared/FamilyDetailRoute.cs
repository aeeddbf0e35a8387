namespace Crawler.Portals.Shared;

/// <summary>Where a built-in family's detail pages live and what proves one.</summary>
/// <param name="Navigation">How the detail page is reached from the listing page.</param>
/// <param name="Url">The detail page of a posting, from the source's entry URL and the posting's portal id.</param>
/// <param name="Answer">The page's own answer that proves the detail of a posting, by portal id.</param>
public sealed record FamilyDetailRoute(DetailNavigation Navigation, Func<Uri, string, Uri> Url, Func<string, DetailAnswer> Answer);
