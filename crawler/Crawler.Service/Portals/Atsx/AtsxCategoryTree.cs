using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Atsx;

/// <summary>
/// The portal's job category tree (<c>job_type_list</c> of <c>/api/v1/config/job/filters/{portal_type}</c>):
/// names for the category path and the partitions used to get past the 10,000-result window.
/// </summary>
public sealed class AtsxCategoryTree
{
    private readonly Dictionary<string, AtsxCategory> _byId = new(StringComparer.Ordinal);

    public AtsxCategoryTree(IEnumerable<AtsxCategory> roots)
    {
        Roots = [.. roots];
        foreach (var node in Roots.SelectMany(Flatten)) _byId[node.Id] = node;
    }

    public static AtsxCategoryTree Empty { get; } = new([]);

    public IReadOnlyList<AtsxCategory> Roots { get; }

    public string? NameOf(string id) => _byId.TryGetValue(id, out var node) ? node.Name : null;

    /// <summary>Reads a <c>job_type_list</c> array.</summary>
    public static AtsxCategoryTree Parse(JsonElement jobTypeList)
    {
        if (jobTypeList.ValueKind != JsonValueKind.Array) throw new PortalException("ATSX filters: job_type_list is not an array");
        return new AtsxCategoryTree(jobTypeList.EnumerateArray().Select(ParseNode));
    }

    private static AtsxCategory ParseNode(JsonElement node)
    {
        const string context = "ATSX filters job_type_list";
        var children = JsonFields.OptionalArray(node, "children", context).Select(ParseNode).ToList();
        return new AtsxCategory(
            JsonFields.RequiredString(node, "id", context),
            JsonFields.OptionalString(node, "name", context) ?? JsonFields.OptionalString(node, "en_name", context) ?? "",
            children);
    }

    private static IEnumerable<AtsxCategory> Flatten(AtsxCategory node) => node.Children.SelectMany(Flatten).Prepend(node);
}
