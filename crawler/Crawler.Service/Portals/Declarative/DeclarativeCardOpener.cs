using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Opens one click-only card in the app and returns to the list. "Back on the list" is not URL equality: apps
/// return to their own list route (<c>/#/</c>, <c>#/jobs</c>, the entry URL), so any URL other than the detail's
/// counts, provided the list shows the same result page again (the clicked card is where it was, with its text).
/// </summary>
internal sealed class DeclarativeCardOpener(CrawlSession session, IPage page, DeclarativeSettings settings)
{
    /// <summary>([ready, error]) → 'ready' | 'error' | false.</summary>
    private const string ReadyOrError = "([ready, error]) => { if (document.querySelector(ready)) return 'ready'; const e = error && document.querySelector(error);" +
                                        " return e && e.offsetParent !== null ? 'error' : false; }";

    /// <summary>([detailUrl, item, n, text]) → true once off the detail URL with card n showing <c>text</c> again.</summary>
    private const string SamePage = "([d, item, n, t]) => { if (location.href === d) return false; const all = document.querySelectorAll(item);" +
                                    " return all.length > n && all[n].offsetParent !== null && all[n].textContent === t; }";

    private float Timeout => (float)session.Timeout.TotalMilliseconds;

    /// <summary>
    /// Clicks card <paramref name="index"/>, waits for its detail view and returns what identifies it: the card's id, else
    /// the id in the detail URL, else (<c>detail.idFromAnswer</c>) the id in the JSON answer that carries the card's title.
    /// </summary>
    public async Task<OpenedCard> OpenAsync(int index, string? cardId, string? cardTitle, Func<string, string?> idFromUrl)
    {
        var card = page.Locator(settings.DomItem!).Nth(index);
        var text = await card.EvaluateAsync<string>("e => e.textContent").ConfigureAwait(false);
        var listUrl = page.Url;
        using var answers = cardId is null && settings.DetailIdFromAnswer is not null ? new DeclarativeAnswerIdWatch(page) : null;
        await card.ClickInFrontAsync(Timeout).ConfigureAwait(false);
        try
        {
            await page.WaitForFunctionAsync("u => location.href !== u", listUrl, ForegroundClick.PollingWait(Timeout)).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"clicking {DeclarativeKeys.DomItem} '{settings.DomItem}' #{index + 1} did not leave {listUrl} within {session.Timeout.TotalSeconds:0}s (detail.kind click expects an in-app detail route)", ex);
        }

        var detailUrl = page.Url;
        var id = cardId ?? idFromUrl(detailUrl);
        if (id is null && answers is null)
            throw new PortalException($"{DeclarativeKeys.DetailIdFromUrl} '{settings.DetailIdFromUrl}' found no id in {detailUrl} (and neither {DeclarativeKeys.DomFieldPrefix}{DeclarativeFields.Id} nor {DeclarativeKeys.DetailIdFromAnswer} is set)");
        var ready = id is null ? settings.DetailReady! : DeclarativeAdapter.WithId(settings.DetailReady!, id); // required for click cards
        string outcome;
        try
        {
            var handle = await page.WaitForFunctionAsync(ReadyOrError, new object?[] { ready, settings.DomError }, ForegroundClick.PollingWait(Timeout)).ConfigureAwait(false);
            outcome = await handle.JsonValueAsync<string>().ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{DeclarativeKeys.DetailReady} '{ready}' did not appear within {session.Timeout.TotalSeconds:0}s on {detailUrl}", ex);
        }

        if (outcome == "error") throw new PortalException($"the detail view shows its error view ({DeclarativeKeys.DomError} '{settings.DomError}') on {detailUrl}");
        id ??= await answers!.IdAsync(settings.DetailIdFromAnswer!, cardTitle ?? "").ConfigureAwait(false)
               ?? throw new PortalException($"{DeclarativeKeys.DetailIdFromAnswer} '{settings.DetailIdFromAnswer}' found no id in the {answers.Count} JSON answers fetched for card #{index + 1} ('{cardTitle}') on {detailUrl}: none carries the card's title and a value there");
        return new OpenedCard(id, detailUrl, ready, text);
    }

    /// <summary>Leaves the detail view (<c>detail.back</c> or browser back) and waits for the same result page.</summary>
    public async Task BackAsync(int index, OpenedCard opened)
    {
        if (settings.DetailBack is { } back) await page.Locator(back).First.ClickInFrontAsync(Timeout).ConfigureAwait(false);
        else await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit, Timeout = Timeout }).ConfigureAwait(false);
        try
        {
            await page.WaitForFunctionAsync(SamePage, new object[] { opened.DetailUrl, settings.DomItem!, index, opened.CardText }, ForegroundClick.PollingWait(Timeout)).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            var via = settings.DetailBack is null ? "browser back" : $"{DeclarativeKeys.DetailBack} '{settings.DetailBack}'";
            throw new TimeoutException($"after {via} from {opened.DetailUrl} the list did not show the same result page again ({DeclarativeKeys.DomItem} '{settings.DomItem}' #{index + 1}) within {session.Timeout.TotalSeconds:0}s; now on {page.Url}", ex);
        }
    }
}
