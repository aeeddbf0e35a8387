namespace Crawler.Lab.Atsx;

/// <summary>Lookups over <see cref="AtsxCategoryData"/>.</summary>
internal static class AtsxCategoryTree
{
    private static readonly Dictionary<string, AtsxCategory> ById = AtsxCategoryData.All.ToDictionary(c => c.Id);

    public static IReadOnlyList<AtsxCategory> Roots { get; } = [.. AtsxCategoryData.All.Where(c => c.IsRoot)];

    public static AtsxCategory Get(string id) => ById[id];

    public static bool TryGet(string id, out AtsxCategory category) => ById.TryGetValue(id, out category!);

    public static IEnumerable<AtsxCategory> Children(string rootId) => AtsxCategoryData.All.Where(c => c.ParentId == rootId);

    /// <summary>The leaf named <paramref name="leafName"/> under the root named <paramref name="rootName"/>.</summary>
    public static AtsxCategory Leaf(string rootName, string leafName)
    {
        var root = Roots.Single(r => r.Name == rootName);
        return Children(root.Id).Single(c => c.Name == leafName);
    }

    /// <summary>"root / leaf" in Chinese, as <see cref="LabPosting.CategoryPath"/>.</summary>
    public static string PathOf(AtsxCategory leaf) =>
        leaf.ParentId is null ? leaf.Name : $"{Get(leaf.ParentId).Name} / {leaf.Name}";

    /// <summary>True when <paramref name="leafId"/> is <paramref name="filterId"/> or one of its descendants.</summary>
    public static bool Matches(string leafId, string filterId) =>
        leafId == filterId || (ById.TryGetValue(leafId, out var leaf) && leaf.ParentId == filterId);
}
