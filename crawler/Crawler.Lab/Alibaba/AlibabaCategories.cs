using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// The category tree of the Alibaba sites, built from the generator's roles: each role's root maps to an
/// Alibaba top-level category (研发 → 技术类) and its leaf becomes a sub-category, so a posting's
/// <c>categories</c> entry reads <c>技术类-算法</c> as on the real sites.
/// </summary>
internal static class AlibabaCategories
{
    private static readonly Dictionary<string, string> RootNames = new(StringComparer.Ordinal)
    {
        ["研发"] = "技术类", ["产品"] = "产品类", ["运营"] = "运营类", ["设计"] = "设计类", ["职能 / 支持"] = "职能类",
        ["销售"] = "销售类", ["市场"] = "市场拓展", ["游戏策划"] = "产品类", ["教研教学"] = "职能类",
    };

    private static readonly Lazy<Tree> Built = new(Build);

    /// <summary>Top-level categories in order.</summary>
    public static IReadOnlyList<AlibabaCategory> Roots => Built.Value.Roots;

    public static IReadOnlyList<AlibabaCategory> Children(string rootId) => Built.Value.Children[rootId];

    public static AlibabaCategory Get(string id) => Built.Value.ById[id];

    /// <summary>The sub-category a role's postings are filed under.</summary>
    public static AlibabaCategory LeafOf(RoleTemplate role) => Built.Value.ByRole[role.TitleZh];

    /// <summary><c>技术类-算法</c>: the form of the real <c>categories</c> array entries.</summary>
    public static string Label(AlibabaCategory leaf) => $"{Get(leaf.ParentId!).Name}-{leaf.Name}";

    private static Tree Build()
    {
        var roots = new List<AlibabaCategory>();
        var children = new Dictionary<string, List<AlibabaCategory>>(StringComparer.Ordinal);
        var byId = new Dictionary<string, AlibabaCategory>(StringComparer.Ordinal);
        var byRole = new Dictionary<string, AlibabaCategory>(StringComparer.Ordinal);
        foreach (var role in RoleCatalog.Roles)
        {
            var rootName = RootNames[role.RootName];
            var root = roots.FirstOrDefault(r => r.Name == rootName);
            if (root is null)
            {
                root = new AlibabaCategory((130 + roots.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), rootName, null);
                roots.Add(root);
                children[root.Id] = [];
                byId[root.Id] = root;
            }

            var siblings = children[root.Id];
            var leaf = siblings.FirstOrDefault(c => c.Name == role.LeafName);
            if (leaf is null)
            {
                leaf = new AlibabaCategory($"{root.Id}{siblings.Count + 1:00}", role.LeafName, root.Id);
                siblings.Add(leaf);
                byId[leaf.Id] = leaf;
            }

            byRole[role.TitleZh] = leaf;
        }

        return new Tree(roots, children.ToDictionary(p => p.Key, p => (IReadOnlyList<AlibabaCategory>)p.Value, StringComparer.Ordinal), byId, byRole);
    }

    private sealed record Tree(
        IReadOnlyList<AlibabaCategory> Roots,
        IReadOnlyDictionary<string, IReadOnlyList<AlibabaCategory>> Children,
        IReadOnlyDictionary<string, AlibabaCategory> ById,
        IReadOnlyDictionary<string, AlibabaCategory> ByRole);
}
