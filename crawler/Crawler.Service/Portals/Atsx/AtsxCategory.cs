namespace Crawler.Portals.Atsx;

/// <summary>A node of the ATSX category tree.</summary>
public sealed record AtsxCategory(string Id, string Name, IReadOnlyList<AtsxCategory> Children);
