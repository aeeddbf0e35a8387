namespace Crawler.Portals;

/// <summary>A detail page to render: its URL, the element that proves it rendered this posting, and its content.</summary>
/// <param name="Url">The page a person would open.</param>
/// <param name="ReadySelector">CSS selector that exists only once this posting's content is on the page.</param>
/// <param name="ContentSelector">CSS selector of the posting's content (what the snapshot keeps and hashes).</param>
/// <param name="Navigation">How to reach it from another page of the same portal.</param>
public sealed record DetailTarget(Uri Url, string ReadySelector, string ContentSelector, DetailNavigation Navigation);
