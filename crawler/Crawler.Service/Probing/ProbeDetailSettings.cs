using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>The detail part of a proposal: URL template, navigation, ready and content selectors, and what the detail answer adds.</summary>
internal static class ProbeDetailSettings
{
    public static void Apply(Dictionary<string, string> settings, List<ProbeFinding> findings, Uri entry, DetailResult detail, string id, string title)
    {
        var escaped = Uri.EscapeDataString(id);
        if (detail.Url is null || !detail.Url.Contains(escaped, StringComparison.Ordinal))
        {
            settings[DeclarativeKeys.DetailUrlTemplate] = "{id}";
            settings[DeclarativeKeys.DetailReady] = "body";
            settings[DeclarativeKeys.DetailContent] = "body";
            findings.Add(new(ProbeFindingKind.Missing, detail.Url is null
                ? "opening a posting by its title did not change the page's URL: fill in the detail page's URL with {id}, and the element that proves it rendered (placeholders written)"
                : $"the detail URL {detail.Url} does not contain the posting id {id}: fill in the detail URL with {{id}} (placeholder written)", DeclarativeKeys.DetailUrlTemplate));
            return;
        }

        var template = Template(entry, new Uri(detail.Url), escaped);
        settings[DeclarativeKeys.DetailUrlTemplate] = template;
        settings[DeclarativeKeys.DetailNavigation] = detail.Navigation!;
        findings.Add(new(ProbeFindingKind.Found, $"detail page {detail.Url} → template '{template}', reached by {detail.Navigation}", DeclarativeKeys.DetailUrlTemplate));
        if (detail.Ready is { } ready)
        {
            settings[DeclarativeKeys.DetailReady] = ready;
            settings[DeclarativeKeys.DetailContent] = detail.Content!;
            findings.Add(detail.ReadyHasId
                ? new(ProbeFindingKind.Found, $"the detail view shows the title inside '{ready}' (it carries the posting id); content '{detail.Content}'", DeclarativeKeys.DetailReady)
                : new(ProbeFindingKind.Guessed, $"the detail view shows the title inside '{ready}', but no element there carries the posting id: the previous posting's view could pass for the next one; refine if possible", DeclarativeKeys.DetailReady));
        }
        else
        {
            settings[DeclarativeKeys.DetailReady] = "body";
            settings[DeclarativeKeys.DetailContent] = "body";
            findings.Add(new(ProbeFindingKind.Missing, $"the posting's title never became visible on {detail.Url}: set the element that proves the detail rendered (placeholder 'body' written)", DeclarativeKeys.DetailReady));
        }

        if (detail.Answer is not { } answer)
        {
            findings.Add(new(ProbeFindingKind.Missing, "detail answer not seen within 1 s of the detail view: the page renders the detail from the list's data or from HTML"));
            return;
        }

        findings.Add(new(ProbeFindingKind.Found, $"detail answer {answer.Method} {answer.Path} carries the posting id"));
        ProbeDetailAnswer.Apply(settings, findings, entry, answer, id, title);
    }

    /// <summary>The detail URL with the id replaced, relative to the entry: <c>#/job/{id}</c> in the same document, a path on the same origin, else absolute.</summary>
    private static string Template(Uri entry, Uri detail, string escapedId)
    {
        string Replace(string s)
        {
            var at = s.LastIndexOf(escapedId, StringComparison.Ordinal);
            return s[..at] + "{id}" + s[(at + escapedId.Length)..];
        }

        var sameOrigin = string.Equals(entry.GetLeftPart(UriPartial.Authority), detail.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
        if (sameOrigin && entry.PathAndQuery == detail.PathAndQuery && detail.Fragment.Contains(escapedId, StringComparison.Ordinal)) return Replace(detail.Fragment);
        return sameOrigin ? Replace(detail.PathAndQuery + detail.Fragment) : Replace(detail.ToString());
    }
}
