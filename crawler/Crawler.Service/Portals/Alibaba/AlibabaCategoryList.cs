using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>Reads <c>/category/list</c>: the sub-category ids the search's <c>subCategories</c> filter takes.</summary>
public static class AlibabaCategoryList
{
    /// <summary>Leaf ids (a top-level category without children counts as its own leaf), in portal order.</summary>
    public static IReadOnlyList<string> SubCategoryIds(string body)
    {
        const string context = "Alibaba category list";
        var content = AlibabaEnvelope.Content(body, context, out var document);
        using (document)
        {
            if (content is not { ValueKind: System.Text.Json.JsonValueKind.Array } roots)
            {
                throw new PortalException($"{context}: 'content' should be an array of categories but is {content?.ValueKind.ToString() ?? "missing"}");
            }

            var ids = new List<string>();
            foreach (var root in roots.EnumerateArray())
            {
                var children = JsonFields.OptionalArray(root, "children", context).ToList();
                if (children.Count == 0) ids.Add(JsonFields.RequiredString(root, "id", context));
                ids.AddRange(children.Select(child => JsonFields.RequiredString(child, "id", context)));
            }

            if (ids.Count == 0) throw new PortalException($"{context}: no categories to shard by");
            return ids.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
