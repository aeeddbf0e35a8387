using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>Reads <c>/searchCondition/listBatch</c> (portals.md §3.2): the campus batches to loop over.</summary>
public static class AlibabaBatchList
{
    private static readonly string[] Groups = ["graduate", "internship", "topTalentPlan"];

    /// <summary>Batch ids with their names, graduate first, without duplicates.</summary>
    public static IReadOnlyList<(string Id, string Name)> Parse(string body)
    {
        const string context = "Alibaba batch list";
        var content = AlibabaEnvelope.Content(body, context, out var document);
        using (document)
        {
            if (content is not { } c) throw new PortalException($"{context}: success but no 'content'");
            var batches = Groups
                .SelectMany(g => JsonFields.OptionalArray(c, g, context))
                .Select(b => (Id: JsonFields.RequiredString(b, "id", context), Name: JsonFields.OptionalString(b, "name", context) ?? ""))
                .DistinctBy(b => b.Id)
                .ToList();
            if (batches.Count == 0) throw new PortalException($"{context}: no batches (graduate, internship, topTalentPlan all empty)");
            return batches;
        }
    }
}
