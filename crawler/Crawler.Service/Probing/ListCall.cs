using System.Text.Json;

namespace Crawler.Probing;

/// <summary>The answer the probe takes for the page's list call, and where in it the postings and their count are.</summary>
/// <param name="Answer">The answer.</param>
/// <param name="ItemsPath">Declarative JSON path of the items (<c>data.list[]</c>).</param>
/// <param name="Items">The items of this answer.</param>
/// <param name="IdKey">The id-like property of an item.</param>
/// <param name="TitleKey">The title-like property of an item.</param>
/// <param name="TotalPath">Where the total-like number is; null when none was found.</param>
/// <param name="Total">Its value.</param>
/// <param name="OkPath">A success marker at the root (<c>code</c>, <c>status</c>, <c>success</c>); null when none.</param>
/// <param name="OkValue">The marker's value in a good answer.</param>
internal sealed record ListCall(
    JsonAnswer Answer, string ItemsPath, IReadOnlyList<JsonElement> Items, string IdKey, string TitleKey,
    string? TotalPath, int? Total, string? OkPath, string? OkValue);
