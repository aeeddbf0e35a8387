using Crawler.Browsing;
using Crawler.Portals.Declarative;

namespace Crawler.Probing;

/// <summary>
/// <c>crawler probe URL</c>: opens an unknown careers page in the product's browser as a person would, records
/// every JSON answer it fetches, finds the list call, tries the next page and one posting, and proposes a
/// declarative source with a diagnosis (what it found, guessed, could not find). A built-in family's page is
/// named and checked against that adapter's expectations instead.
/// </summary>
public sealed partial class PortalProbe(BrowserHost browser, TimeProvider time, ILogger<PortalProbe> logger)
{
    /// <summary>Probes <paramref name="url"/>, waiting up to <paramref name="wait"/> for each step (list answer, next page, detail).</summary>
    public async Task<ProbeReport> RunAsync(Uri url, TimeSpan wait, CancellationToken cancellationToken)
    {
        var context = await browser.NewContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var page = await context.OpenPageAsync().ConfigureAwait(false);
            await using var recorder = new JsonAnswerRecorder(page);
            LogOpening(url);
            await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
            await recorder.WaitForAsync(a => FamilyProbe.Detect([a]) is not null || ListCallFinder.Find([a]) is not null, -1, wait, time, cancellationToken).ConfigureAwait(false);
            if (FamilyProbe.Detect(recorder.Answers) is null) await recorder.WaitForQuietAsync(TimeSpan.FromSeconds(1), wait, time, cancellationToken).ConfigureAwait(false);

            if (FamilyProbe.Detect(recorder.Answers) is { } family)
            {
                var checks = await FamilyProbe.CheckAsync(family, page, recorder, wait, time, cancellationToken).ConfigureAwait(false);
                return new ProbeReport { EntryUrl = url, Platform = family, Settings = new Dictionary<string, string>(), Findings = checks };
            }

            var list = ListCallFinder.Find(recorder.Answers);
            if (list is null) return NothingFound(url, recorder.Answers);
            var paging = await PagingProbe.RunAsync(page, recorder, list, wait, time, cancellationToken).ConfigureAwait(false);
            var shown = paging.Second is { Items.Count: > 0 } second ? second : list;
            var item = shown.Items[0];
            var id = item.GetProperty(list.IdKey).ToString();
            var title = item.GetProperty(list.TitleKey).GetString()!;
            var detail = await DetailProbe.RunAsync(page, recorder, id, title, wait, time, cancellationToken).ConfigureAwait(false);
            var proposal = new ProbeProposal(url, list, paging, detail, id, title, [.. recorder.Answers]);
            var proof = detail.Url is null ? null : await ProofFindingAsync(page, item, title).ConfigureAwait(false);
            LogProposed(url, list.Answer.Path, paging.Kind);
            return new ProbeReport
            {
                EntryUrl = url, Platform = DeclarativeAdapter.PlatformName, Settings = proposal.Settings,
                Findings = proof is null ? proposal.Findings : [.. proposal.Findings, proof],
            };
        }
        finally
        {
            await context.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the opened posting's page shows its listed text verbatim (<see cref="Snapshots.DetailProof"/>): a crawl
    /// then proves each detail by it, with a short quiet moment; otherwise the title and the full settle time do.
    /// </summary>
    private static async Task<ProbeFinding?> ProofFindingAsync(IPage page, System.Text.Json.JsonElement item, string title)
    {
        // The title proves nothing more than it does already: only the posting's other text counts.
        var phrases = Snapshots.DetailProof.FromJson(item).Where(p => !title.Contains(p, StringComparison.OrdinalIgnoreCase)).ToList();
        if (phrases.Count == 0) return null;
        var shown = await page.EvaluateAsync<string?>(ProbeScripts.FirstShown, phrases).ConfigureAwait(false);
        return shown is not null
            ? new(ProbeFindingKind.Found, $"the detail view shows the posting's listed text (\"{shown}\"): a crawl proves each detail by it, after 50 ms of quiet instead of 200")
            : new(ProbeFindingKind.Guessed, $"the detail view does not show the posting's listed text verbatim (\"{phrases[0]}\"): a crawl proves each detail by its title on a DOM quiet for 200 ms; detail.ready or a detail answer (detail.api.urlContains) proves it more surely", DeclarativeKeys.DetailReady);
    }

    private static ProbeReport NothingFound(Uri url, IReadOnlyList<JsonAnswer> answers) => new()
    {
        EntryUrl = url,
        Platform = DeclarativeAdapter.PlatformName,
        Settings = null,
        Findings =
        [
            new(ProbeFindingKind.Missing, answers.Count == 0
                ? "the page fetched no JSON at all: its postings are in the HTML or behind a login; write a dom-mode source (dom.item, dom.field.title)"
                : $"none of the {answers.Count} JSON answers ({string.Join(", ", answers.Select(a => a.Method + " " + a.Path).Distinct().Take(8))}) holds an array of objects with an id and a title",
                DeclarativeKeys.ApiUrlContains),
        ],
    };

    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Probing {Url}")]
    private partial void LogOpening(Uri url);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Probed {Url}: list call {ListPath}, next page by {Paging}")]
    private partial void LogProposed(Uri url, string listPath, string paging);
}
