using System.Text.Json;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// DOM mode's reading side: the values the <c>dom.field.*</c> and <c>detail.field.*</c> selectors find in the
/// rendered page, and the posting they make (the id from the card, else from the detail URL).
/// </summary>
internal sealed class DeclarativeDomReader(IPage page, DeclarativeSettings settings)
{
    /// <summary>The card fields, a link's <c>href</c> as the URL when <c>detail.kind</c> is link.</summary>
    public IReadOnlyDictionary<string, SelectorSpec> CardFields { get; } = Fields(settings);

    /// <summary>Each item's values: under <paramref name="root"/> (a detail view) or per <paramref name="item"/> (the cards).</summary>
    public async Task<List<Dictionary<string, List<string>>>> ExtractAsync(string? root, string? item, IReadOnlyDictionary<string, SelectorSpec> fields)
    {
        var spec = fields.ToDictionary(f => f.Key, f => new { selector = f.Value.Selector, attribute = f.Value.Attribute });
        var json = await page.EvaluateAsync<string>(DeclarativeDomScripts.Extract, new object?[] { root, item, spec }).ConfigureAwait(false);
        return JsonSerializer.Deserialize<List<Dictionary<string, List<string>>>>(json) ?? [];
    }

    /// <summary>The posting the values make; <paramref name="detailUrl"/> is where an opened card's detail was (else the page).</summary>
    public ObservedPosting Map(Dictionary<string, List<string>> values, string? detailUrl)
    {
        if (!values.ContainsKey(DeclarativeFields.Id) && values.GetValueOrDefault(DeclarativeFields.Url)?.FirstOrDefault() is { } url && IdFromUrl(url) is { } id)
            values[DeclarativeFields.Id] = [id];
        var raw = JsonSerializer.Serialize(values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary());
        return DeclarativePostingParser.Map(settings, values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value), raw,
            new Uri(detailUrl ?? page.Url), DeclarativeKeys.DomFieldPrefix);
    }

    /// <summary>The id <c>detail.idFromUrl</c> reads from a detail URL; null when unset or it does not match.</summary>
    public string? IdFromUrl(string url) =>
        settings.DetailIdFromUrl?.Match(url) is { Success: true } m ? Uri.UnescapeDataString(m.Groups["id"].Value) : null;

    private static Dictionary<string, SelectorSpec> Fields(DeclarativeSettings settings)
    {
        var fields = settings.DomFields.ToDictionary();
        if (settings.Detail == DetailKind.Link && !fields.ContainsKey(DeclarativeFields.Url))
            fields[DeclarativeFields.Url] = new SelectorSpec(settings.DetailSelector ?? "a", "href");
        return fields;
    }
}
