using Crawler.Portals;

namespace Crawler.Crawling;

/// <summary>One posting's detail, decided to be rendered, on its way from the listing to a renderer.</summary>
internal sealed record RenderItem(string Key, DetailTarget Target);
