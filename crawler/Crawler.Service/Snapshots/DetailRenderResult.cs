namespace Crawler.Snapshots;

/// <summary>One detail page's outcome: the rendered page, or why it could not be rendered.</summary>
/// <param name="PostingKey">The posting.</param>
/// <param name="Page">The rendered page; null when it failed or was not tried.</param>
/// <param name="Error">Why there is no page: what was awaited, and the page URL.</param>
/// <param name="Attempted">False when the run's failure budget stopped rendering before this posting.</param>
public sealed record DetailRenderResult(string PostingKey, RenderedPage? Page, string? Error, bool Attempted = true);
