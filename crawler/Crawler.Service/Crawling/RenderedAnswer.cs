namespace Crawler.Crawling;

/// <summary>The detail page's own JSON answer a render captured, and the page it was rendered on.</summary>
public sealed record RenderedAnswer(string Body, string Url);
