using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;

namespace Crawler.Portals.Moka;

/// <summary>
/// One listing pass over a Moka site: open <c>#/jobs</c>, read <c>init-data</c>, page through <c>jobs/v2</c>
/// by offset from inside the page, then ask <c>website/job</c> for the rows that lack list fields.
/// Evidence: the reported total, its stability, exact page lengths and unique ids.
/// </summary>
internal sealed class MokaListing(CrawlSession session, IPage page, ResiliencePipeline pipeline, MokaSettings settings, ILogger logger)
{
    private readonly ListingAccumulator _listing = new(session, logger);
    private readonly Dictionary<string, JsonElement> _incomplete = new(StringComparer.Ordinal);

    private SourceDefinition Source => session.Source;

    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        var init = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var client = new MokaPageAnswer(page, init.OrgId, session.Timeout);

        // The first page must succeed: without it nothing about the source can be trusted.
        var first = await FetchPageAsync(client, init, 0, cancellationToken).ConfigureAwait(false);
        var total = first.Total;
        if (init.Total is { } shown && shown != total) _listing.Note($"init-data showed {shown} jobs, jobs/v2 reports {total}");
        Collect(first, init, 0, total);
        for (var offset = settings.PageSize; offset < total; offset += settings.PageSize)
        {
            await Task.Delay(settings.PageDelay, session.Time, cancellationToken).ConfigureAwait(false);
            try
            {
                var next = await FetchPageAsync(client, init, offset, cancellationToken).ConfigureAwait(false);
                if (next.Total != total) _listing.TotalMoved(total, next.Total, $"offset {offset}");
                Collect(next, init, offset, total);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                _listing.Fail($"jobs/v2 offset {offset}", ex);
            }
        }

        await CompleteRowsAsync(client, init, cancellationToken).ConfigureAwait(false);
        return _listing.Result(total);
    }

    private async Task<MokaInitData> OpenAsync(CancellationToken cancellationToken) =>
        await pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ =>
        {
            await page.GotoAsync(MokaPostingParser.ListUrl(Source.EntryUrl).ToString(), new PageGotoOptions
            {
                WaitUntil = WaitUntilState.Commit, Timeout = (float)session.Timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            var input = page.Locator("input#init-data");
            try
            {
                await input.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)session.Timeout.TotalMilliseconds })
                    .ConfigureAwait(false);
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException($"Moka listing page {page.Url}: waited {session.Timeout.TotalSeconds:0} s for input#init-data (the site's init-data)", ex);
            }

            var json = await input.EvaluateAsync<string>("e => e.value").ConfigureAwait(false);
            return MokaInitData.Parse(json);
        }, cancellationToken).ConfigureAwait(false);

    private Task<MokaListPage> FetchPageAsync(MokaPageAnswer client, MokaInitData init, int offset, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ =>
        {
            // The body the real page sends; siteId is a string here (a number in the detail call).
            var body = new JsonObject
            {
                ["orgId"] = init.OrgId, ["siteId"] = init.SiteId.ToString(CultureInfo.InvariantCulture), ["limit"] = settings.PageSize,
                ["offset"] = offset, ["needStat"] = true, ["jobIdTopList"] = new JsonArray(), ["customFields"] = new JsonObject(),
                ["site"] = init.IsCampus ? "campus" : "social", ["locale"] = "zh-CN",
            };
            var text = await client.PostAsync("/jobs/v2", body.ToJsonString(), $"Moka jobs/v2 offset {offset}").ConfigureAwait(false);
            var result = MokaListPage.Parse(text, init.AesIv, offset);
            _listing.PagesFetched++;
            return result;
        }, cancellationToken);

    /// <summary>Rows with every list field are listed at once; the rest wait for <c>website/job</c>.</summary>
    private void Collect(MokaListPage result, MokaInitData init, int offset, int total)
    {
        var expected = Math.Clamp(total - offset, 0, settings.PageSize);
        if (result.Jobs.Count != expected) _listing.Fail($"jobs/v2 offset {offset}: {result.Jobs.Count} rows where {expected} were due (total {total})");
        foreach (var job in result.Jobs)
        {
            var id = Shared.JsonFields.RequiredString(job, "id", "Moka job");
            if (MokaPostingParser.NeedsDetail(job))
            {
                _incomplete[id] = job;
                continue;
            }

            _incomplete.Remove(id);
            _listing.Add(MokaPostingParser.Parse(job, Source.EntryUrl, init.IsCampus));
        }

        session.Progress?.Report(new CrawlProgress("listing", _listing.Count + _incomplete.Count, total));
    }

    /// <summary>Completes the rows lacking list fields from <c>website/job</c>, a few at a time, and lists them.</summary>
    private async Task CompleteRowsAsync(MokaPageAnswer client, MokaInitData init, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(settings.DetailConcurrency);
        var done = 0;
        await Task.WhenAll(_incomplete.Keys.ToList().Select(async id =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var job = await FetchJobAsync(client, init, id, cancellationToken).ConfigureAwait(false);
                _listing.Add(MokaPostingParser.Parse(job, Source.EntryUrl, init.IsCampus));
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                // Left out rather than stored without its dates: a half-read job would later look "changed".
                _listing.Fail($"website/job {id}", ex);
            }
            finally
            {
                gate.Release();
                session.Progress?.Report(new CrawlProgress("job details", Interlocked.Increment(ref done), _incomplete.Count));
            }
        })).ConfigureAwait(false);
    }

    private Task<JsonElement> FetchJobAsync(MokaPageAnswer client, MokaInitData init, string id, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ =>
        {
            var body = new JsonObject { ["orgId"] = init.OrgId, ["jobId"] = id, ["siteId"] = init.SiteId, ["locale"] = "zh-CN" };
            var what = $"Moka website/job {id}";
            var job = MokaAnswer.Open(await client.PostAsync("/job", body.ToJsonString(), what).ConfigureAwait(false), init.AesIv, what);
            var answered = Shared.JsonFields.OptionalString(job, "id", what);
            return answered == id ? job : throw new PortalException($"{what}: answered job '{answered}'");
        }, cancellationToken);
}
