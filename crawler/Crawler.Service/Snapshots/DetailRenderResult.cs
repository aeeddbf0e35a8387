namespace Crawler.Snapshots;

/// <summary>One detail page's outcome: the rendered page, or why it could not be rendered.</summary>
public sealed record DetailRenderResult(string PostingKey, RenderedPage? Page, string? Error);
