namespace Crawler.Lab.Atsx;

/// <summary>One node of the ATSX category tree; <see cref="ParentId"/> is null for a root.</summary>
internal sealed record AtsxCategory(string Id, string Name, string EnName, string? ParentId)
{
    public bool IsRoot => ParentId is null;
}
