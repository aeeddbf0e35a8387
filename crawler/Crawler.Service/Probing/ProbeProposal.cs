using System.Text.Json;
using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>Turns what the probe saw into declarative settings (valid as written) and the diagnosis behind each of them.</summary>
internal sealed class ProbeProposal
{
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);
    private readonly List<ProbeFinding> _findings = [];

    public ProbeProposal(Uri entry, ListCall list, PagingResult paging, DetailResult detail, string detailId, string detailTitle, IReadOnlyList<JsonAnswer> answers)
    {
        List(list, answers, detail);
        Fields(list, paging);
        Paging(list, paging);
        _settings[DeclarativeKeys.DetailKind] = "urlTemplate";
        ProbeDetailSettings.Apply(_settings, _findings, entry, detail, detailId, detailTitle);
        _findings.Add(new(ProbeFindingKind.Missing, "no error view was seen (the page did not fail while probed); if it shows one (\"加载失败\" with \"重试\"), set both so a failed page is retried through it",
            DeclarativeKeys.DomError + ", " + DeclarativeKeys.DomRetry));
        DeclarativeSettingsValidator.Validate(_settings, (key, what) => _findings.Add(new(ProbeFindingKind.Missing, $"the proposal fails validation: {key} {what}", key)));
    }

    public IReadOnlyDictionary<string, string> Settings => _settings;

    public IReadOnlyList<ProbeFinding> Findings => _findings;

    private void List(ListCall list, IReadOnlyList<JsonAnswer> answers, DetailResult detail)
    {
        var answer = list.Answer;
        var urlContains = answer.Query.Length > 0 ? answer.Path + "?" : answer.Path;
        _settings[DeclarativeKeys.Mode] = "api";
        _settings[DeclarativeKeys.ApiUrlContains] = urlContains;
        _settings[DeclarativeKeys.ApiMethod] = answer.Method;
        _settings[DeclarativeKeys.ApiItemsPath] = list.ItemsPath;
        _settings[DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.Id] = list.IdKey;
        _settings[DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.Title] = list.TitleKey;
        _findings.Add(new(ProbeFindingKind.Found, $"list call {answer.Method} {answer.Path}: {list.Items.Count} postings at {list.ItemsPath}, id '{list.IdKey}', title '{list.TitleKey}' (one of {answers.Count} JSON answers)", DeclarativeKeys.ApiUrlContains));
        var others = answers.Where(a => a.Path != answer.Path && a.Url.Contains(urlContains, StringComparison.Ordinal)).Select(a => a.Path).Distinct().ToList();
        if (others.Count > 0) _findings.Add(new(ProbeFindingKind.Missing, $"'{urlContains}' also matches {string.Join(", ", others)}: make it specific to the list call", DeclarativeKeys.ApiUrlContains));
        if (detail.Answer is { } d && d.Url.Contains(urlContains, StringComparison.Ordinal) && d.Path != answer.Path)
            _findings.Add(new(ProbeFindingKind.Missing, $"the detail answer {d.Path} also contains '{urlContains}'", DeclarativeKeys.ApiUrlContains));

        if (list.TotalPath is { } totalPath)
        {
            _settings[DeclarativeKeys.ApiTotalPath] = totalPath;
            _findings.Add(new(ProbeFindingKind.Found, $"total {totalPath} = {list.Total}: a run is complete when the unique ids reach it", DeclarativeKeys.ApiTotalPath));
        }
        else
        {
            _findings.Add(new(ProbeFindingKind.Missing, "no total-like number beside the items: runs stay partial (nothing is ever reported gone) unless you trust the end of the list and set completeWhenExhausted to true",
                DeclarativeKeys.CompleteWhenExhausted));
        }

        if (list.OkPath is { } okPath)
        {
            _settings[DeclarativeKeys.ApiOkPath] = okPath;
            _settings[DeclarativeKeys.ApiOkValue] = list.OkValue!;
            _findings.Add(new(ProbeFindingKind.Guessed, $"success marker {okPath} = {list.OkValue}: any other value fails the page at once", DeclarativeKeys.ApiOkPath));
        }
    }

    private void Fields(ListCall list, PagingResult paging)
    {
        var items = list.Items.Concat(paging.Second?.Items ?? []).ToList();
        foreach (var (field, path) in ItemFieldGuesser.Guess(items))
        {
            _settings[DeclarativeKeys.ApiFieldPrefix + field] = path;
            _findings.Add(new(ProbeFindingKind.Guessed, $"{field} from '{path}'", DeclarativeKeys.ApiFieldPrefix + field));
        }

        if (_settings.GetValueOrDefault(DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.Cities) is { } cities && !cities.Contains('[', StringComparison.Ordinal))
        {
            var separators = string.Concat(items.Select(i => i.TryGetProperty(cities, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .OfType<string>().SelectMany(v => v).Where(ch => ch is '/' or '、' or ',' or '，' or '|' or ';').Distinct());
            if (separators.Length > 0)
            {
                _settings[DeclarativeKeys.ApiCitiesSplit] = separators;
                _findings.Add(new(ProbeFindingKind.Guessed, $"several cities in one value, split at '{separators}'", DeclarativeKeys.ApiCitiesSplit));
            }
        }

        if (_settings.GetValueOrDefault(DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.RecruitType) is { } typePath && JsonDotPath.TryParse(typePath, out var typeRule, out _))
        {
            var values = items.SelectMany(i => typeRule.Select(i)).Select(DeclarativePostingParser.Text).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var (key, words) in ProbeTracks.Map(values))
            {
                _settings[key] = words;
                _findings.Add(new(ProbeFindingKind.Guessed, $"recruit type {words} means {key[(key.IndexOf('.') + 1)..]}", key));
            }
        }
    }

    private void Paging(ListCall list, PagingResult paging)
    {
        var moreExpected = list.Total is { } total && total > list.Items.Count;
        switch (paging.Kind)
        {
            case "click" when paging.Second is not null:
                _settings[DeclarativeKeys.NextKind] = "click";
                _settings[DeclarativeKeys.NextSelector] = paging.Selector!;
                var overlap = paging.Second.Items.Select(i => i.GetProperty(list.IdKey).ToString()).Intersect(list.Items.Select(i => i.GetProperty(list.IdKey).ToString())).Count();
                _findings.Add(new(ProbeFindingKind.Found, $"next page by clicking '{paging.Selector}': the list call answered again with {paging.Second.Items.Count} postings" +
                    (paging.Parameter is null ? "" : $"; paging parameter {paging.Parameter}") + (overlap > 0 ? $"; {overlap} ids repeat page 1 (check the control)" : ""), DeclarativeKeys.NextSelector));
                break;
            case "click":
                _findings.Add(new(ProbeFindingKind.Missing, $"clicking '{paging.Selector}' brought no further answer of the list call: set next.kind and next.selector (or next.param for URL paging)", DeclarativeKeys.NextKind));
                break;
            case "scroll":
                _settings[DeclarativeKeys.NextKind] = "scroll";
                _findings.Add(new(ProbeFindingKind.Found, "next page by scrolling to the bottom (infinite scroll): the list call answered again" + (paging.Parameter is null ? "" : $"; paging parameter {paging.Parameter}"), DeclarativeKeys.NextKind));
                break;
            default:
                _findings.Add(moreExpected
                    ? new(ProbeFindingKind.Missing, $"the total says {list.Total} but no next-page control or scroll brought more: set next.kind (urlParam, click, scroll) and its selector or parameter", DeclarativeKeys.NextKind)
                    : new(ProbeFindingKind.Found, "one page holds the whole list (next.kind none)", DeclarativeKeys.NextKind));
                break;
        }
    }
}
