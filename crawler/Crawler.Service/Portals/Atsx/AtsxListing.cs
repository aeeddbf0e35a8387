using System.Net;
using Crawler.Browsing;
using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;

namespace Crawler.Portals.Atsx;

/// <summary>
/// One listing pass over an ATSX source. The page does the talking (token, signature, headers); we move it
/// through its own routes (<c>?current=N&amp;limit=M&amp;category=…</c>) and read the answers it receives.
/// Past the 10,000-result window it partitions by category, descending into sub-categories as needed.
/// </summary>
internal sealed class AtsxListing(
    CrawlSession session, IPage page, AtsxPageAnswer capture, ResiliencePipeline pipeline, int pageSize, ILogger logger)
{
    public const int ResultWindow = 10_000;
    private readonly ListingAccumulator _listing = new(session, logger);
    private AtsxCategoryTree _categories = AtsxCategoryTree.Empty;
    private bool _loaded;

    private SourceDefinition Source => session.Source;

    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        // The first page must succeed: without it nothing about the source can be trusted.
        var first = await FetchAsync(1, [], cancellationToken).ConfigureAwait(false);
        if (await capture.FiltersAsync(TimeSpan.FromSeconds(3), cancellationToken).ConfigureAwait(false) is { } filters)
        {
            _categories = ReadCategories(filters);
        }

        int reported;
        if (first.Count < ResultWindow)
        {
            reported = await CrawlPagesAsync([], first, cancellationToken).ConfigureAwait(false);
        }
        else if (_categories.Roots.Count == 0)
        {
            _listing.Cap("count saturated at the 10,000 window and the portal offered no categories to partition by");
            reported = await CrawlPagesAsync([], first, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            reported = 0;
            foreach (var root in _categories.Roots)
            {
                reported += await CrawlCategoryAsync(root, cancellationToken).ConfigureAwait(false);
            }

            _listing.Note($"count saturated at {first.Count}: partitioned into {_listing.Partitions} categories; union {_listing.Count} of their summed total {reported}");
        }

        return _listing.Result(reported);
    }

    private async Task<int> CrawlCategoryAsync(AtsxCategory category, CancellationToken cancellationToken)
    {
        AtsxListPage first;
        try
        {
            first = await FetchAsync(1, [category.Id], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
        {
            _listing.Fail($"category {category.Id} ({category.Name}) page 1", ex);
            return 0;
        }

        if (first.Count >= ResultWindow && category.Children.Count > 0)
        {
            var sum = 0;
            foreach (var child in category.Children) sum += await CrawlCategoryAsync(child, cancellationToken).ConfigureAwait(false);
            return sum;
        }

        _listing.Partitions++;
        if (first.Count >= ResultWindow)
        {
            _listing.Cap($"category {category.Id} ({category.Name}) alone holds {first.Count}+ postings and has no sub-categories");
        }

        return await CrawlPagesAsync([category.Id], first, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Collects the first page and fetches the rest of one listing; returns its reported count.</summary>
    private async Task<int> CrawlPagesAsync(IReadOnlyList<string> categories, AtsxListPage first, CancellationToken cancellationToken)
    {
        Collect(first);
        var pages = (Math.Min(first.Count, ResultWindow) + pageSize - 1) / pageSize;
        for (var current = 2; current <= pages; current++)
        {
            try
            {
                var next = await FetchAsync(current, categories, cancellationToken).ConfigureAwait(false);
                if (next.Count != first.Count) _listing.TotalMoved(first.Count, next.Count, $"page {current}");
                Collect(next);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                _listing.Fail($"page {current}" + (categories.Count > 0 ? $" of category {categories[0]}" : ""), ex);
            }
        }

        return first.Count;
    }

    private void Collect(AtsxListPage result) =>
        _listing.Collect(result.Posts.Select(post => AtsxPostingParser.Parse(post, Source.EntryUrl, _categories)));

    private Task<AtsxListPage> FetchAsync(int current, IReadOnlyList<string> categories, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(Source.EntryUrl.Host, async token =>
        {
            var offset = (current - 1) * pageSize;
            var url = ListingUrl(current, categories);
            try
            {
                await NavigateAsync(url).ConfigureAwait(false);
                var response = await capture.NextSearchAsync(offset, categories, session.Timeout, token).ConfigureAwait(false);
                if (response.Response.Status == (int)HttpStatusCode.MethodNotAllowed)
                {
                    // The SPA answers a 405 by fetching a fresh CSRF token and retrying once: wait for that retry.
                    response = await capture.NextSearchAsync(offset, categories, session.Timeout, token).ConfigureAwait(false);
                }

                var result = await ReadAsync(response).ConfigureAwait(false);
                _listing.PagesFetched++;
                return result;
            }
            catch (Exception ex) when (!session.Browser.IsConnected())
            {
                // Retrying pages against a dead browser cannot succeed and would blame the portal.
                throw new BrowserDisconnectedException($"browser disconnected while fetching page {current}", ex);
            }
            catch (TimeoutException ex)
            {
                _loaded = false; // reload the document next time: the app may be wedged
                throw new TimeoutException($"{ex.Message} (listing page {url})", ex);
            }
            catch
            {
                _loaded = false;
                throw;
            }
        }, cancellationToken);

    private async Task NavigateAsync(string url)
    {
        if (!_loaded)
        {
            capture.DiscardPending();
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit }).ConfigureAwait(false);
            _loaded = true;
            return;
        }

        await page.EvaluateAsync(
            "u => { history.pushState(null, '', u); window.dispatchEvent(new PopStateEvent('popstate', { state: null })); }",
            url).ConfigureAwait(false);
    }

    private static async Task<AtsxListPage> ReadAsync((IResponse Response, Task<string?> Body) answer)
    {
        var response = answer.Response;
        if (response.Status != 200) throw HttpFailure.Of($"ATSX search answered HTTP {response.Status}", response.Status, response.Headers);

        var body = await answer.Body.ConfigureAwait(false)
                   ?? throw new PortalException("ATSX search answer arrived but its body was gone before it could be read");
        return AtsxListPage.Parse(body);
    }

    private static AtsxCategoryTree ReadCategories(string filters)
    {
        using var document = JsonFields.Parse(filters, "ATSX filters");
        var data = JsonFields.Child(document.RootElement, "data");
        return data is { } d && JsonFields.Child(d, "job_type_list") is { } list ? AtsxCategoryTree.Parse(list) : AtsxCategoryTree.Empty;
    }

    /// <summary>The listing route as the real site shapes it; the SPA turns it into its own signed request.</summary>
    private string ListingUrl(int current, IReadOnlyList<string> categories)
    {
        var baseUrl = Source.EntryUrl.GetLeftPart(UriPartial.Path);
        var category = Uri.EscapeDataString(string.Join(",", categories));
        return $"{baseUrl}?keywords=&category={category}&location=&project=&type=&job_hot_flag=&current={current}&limit={pageSize}&functionCategory=&tag=";
    }
}
