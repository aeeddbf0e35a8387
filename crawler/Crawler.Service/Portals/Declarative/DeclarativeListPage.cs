using System.Globalization;
using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>One captured API answer read through the source's JSON paths: its total (when configured) and postings.</summary>
internal sealed record DeclarativeListPage(int? Total, IReadOnlyList<ObservedPosting> Postings)
{
    public static async Task<DeclarativeListPage> ReadAsync(IResponse response, DeclarativeSettings settings, Uri baseUrl)
    {
        if (response.Status != 200) throw HttpFailure.Of($"{response.Url} answered HTTP {response.Status}", response.Status, response.Headers);

        return Parse(await response.TextAsync().ConfigureAwait(false), settings, baseUrl, response.Url);
    }

    public static DeclarativeListPage Parse(string body, DeclarativeSettings settings, Uri baseUrl, string from)
    {
        using var document = JsonFields.Parse(body, from);
        var root = document.RootElement;
        if (DeclarativeOkMarker.Refusal(root, settings.ApiOk, settings.ApiOkValue, DeclarativeKeys.ApiOkPath) is { } refusal)
            throw new PortalException($"{from}: {refusal}");

        int? total = null;
        if (settings.ApiTotal is { } totalPath)
        {
            var text = totalPath.Select(root).Select(DeclarativePostingParser.Text).FirstOrDefault();
            total = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var t) && t >= 0
                ? t
                : throw new PortalException($"{from}: {DeclarativeKeys.ApiTotalPath} '{totalPath}' found '{text ?? "nothing"}', not a count");
        }

        var items = Items(root, settings.ApiItems!, from);
        var postings = items.Select(item => DeclarativePostingParser.Map(settings, Values(item, settings), item.GetRawText(), baseUrl, DeclarativeKeys.ApiFieldPrefix)).ToList();
        return new DeclarativeListPage(total, postings);
    }

    /// <summary>
    /// The items: an array must be where <c>api.itemsPath</c> points (an empty one is a legitimate last page);
    /// no array there at all means the rule is wrong or the portal changed, never "zero postings".
    /// </summary>
    private static IReadOnlyList<JsonElement> Items(JsonElement root, JsonDotPath path, string from)
    {
        var containers = path.Container().Select(root);
        if (containers.Count == 0 || (path.EndsWithAllElements && containers.Any(c => c.ValueKind != JsonValueKind.Array)))
            throw new PortalException($"{from}: {DeclarativeKeys.ApiItemsPath} '{path}' matched nothing in the answer");
        return path.EndsWithAllElements || containers is not [{ ValueKind: JsonValueKind.Array } array] ? path.Select(root) : [.. array.EnumerateArray()];
    }

    private static Dictionary<string, IReadOnlyList<string>> Values(JsonElement item, DeclarativeSettings settings) =>
        settings.ApiFields.ToDictionary(
            f => f.Key,
            f => (IReadOnlyList<string>)[.. f.Value.Select(item).Select(DeclarativePostingParser.Text).OfType<string>()]);
}
