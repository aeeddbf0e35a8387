using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Polly;

namespace Crawler.Portals.Moka;

/// <summary>
/// One listing pass over a Moka site: open <c>#/jobs</c>, read <c>init-data</c>, page through <c>jobs/v2</c>
/// by offset from inside the page, then ask <c>website/job</c> for the rows that lack list fields.
/// Evidence: the reported total, its stability, exact page lengths and unique ids.
/// </summary>
internal sealed partial class MokaListing(CrawlSession session, IPage page, ResiliencePipeline pipeline, MokaSettings settings, ILogger logger)
{
    private readonly Dictionary<string, JsonElement> _rows = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly List<string> _notes = [];
    private bool _totalStable = true;
    private int _pagesFetched;
    private int _pagesFailed;

    private SourceDefinition Source => session.Source;

    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        var init = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var client = new MokaPageAnswer(page, init.OrgId, session.Timeout);

        // The first page must succeed: without it nothing about the source can be trusted.
        var first = await FetchPageAsync(client, init, 0, cancellationToken).ConfigureAwait(false);
        var total = first.Total;
        if (init.Total is { } shown && shown != total) _notes.Add($"init-data showed {shown} jobs, jobs/v2 reports {total}");
        Collect(first, 0, total);
        for (var offset = settings.PageSize; offset < total; offset += settings.PageSize)
        {
            await Task.Delay(settings.PageDelay, session.Time, cancellationToken).ConfigureAwait(false);
            try
            {
                var next = await FetchPageAsync(client, init, offset, cancellationToken).ConfigureAwait(false);
                if (next.Total != total)
                {
                    _totalStable = false;
                    _notes.Add($"total moved from {total} to {next.Total} during the crawl (offset {offset})");
                }

                Collect(next, offset, total);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                Fail($"jobs/v2 offset {offset}", ex);
            }
        }

        var postings = await CompleteRowsAsync(client, init, cancellationToken).ConfigureAwait(false);
        var evidence = new CompletenessEvidence
        {
            ReportedTotal = total, TotalStable = _totalStable, UniqueIds = postings.Count,
            PagesFetched = _pagesFetched, PagesFailed = _pagesFailed, Notes = _notes,
        };
        LogListed(Source.Id, postings.Count, total, _pagesFetched, _pagesFailed);
        return new ListingResult(postings, evidence, _errors);
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
            _pagesFetched++;
            return result;
        }, cancellationToken);

    private void Collect(MokaListPage result, int offset, int total)
    {
        var expected = Math.Clamp(total - offset, 0, settings.PageSize);
        if (result.Jobs.Count != expected)
        {
            _pagesFailed++;
            _errors.Add($"jobs/v2 offset {offset}: {result.Jobs.Count} rows where {expected} were due (total {total})");
        }

        foreach (var job in result.Jobs)
        {
            var id = Shared.JsonFields.RequiredString(job, "id", "Moka job");
            _rows[id] = job;
        }

        session.Progress?.Report(new CrawlProgress("listing", _rows.Count, total));
    }

    /// <summary>Parses every row; rows lacking list fields are completed from <c>website/job</c> first, a few at a time.</summary>
    private async Task<List<ObservedPosting>> CompleteRowsAsync(MokaPageAnswer client, MokaInitData init, CancellationToken cancellationToken)
    {
        var rows = _rows.ToList();
        var completed = new JsonElement?[rows.Count];
        using var gate = new SemaphoreSlim(settings.DetailConcurrency);
        var done = 0;
        var needed = rows.Count(r => MokaPostingParser.NeedsDetail(r.Value));
        await Task.WhenAll(rows.Select(async (row, index) =>
        {
            if (!MokaPostingParser.NeedsDetail(row.Value))
            {
                completed[index] = row.Value;
                return;
            }

            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                completed[index] = await FetchJobAsync(client, init, row.Key, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                // Left out rather than stored without its dates: a half-read job would later look "changed".
                Fail($"website/job {row.Key}", ex);
            }
            finally
            {
                gate.Release();
                session.Progress?.Report(new CrawlProgress("job details", Interlocked.Increment(ref done), needed));
            }
        })).ConfigureAwait(false);

        return [.. completed.OfType<JsonElement>().Select(job => MokaPostingParser.Parse(job, Source.EntryUrl, init.IsCampus))];
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

    private void Fail(string what, Exception ex)
    {
        Interlocked.Increment(ref _pagesFailed);
        lock (_errors) _errors.Add($"{what}: {ex.Message}");
        LogCallFailed(Source.Id, what, ex.Message);
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "{SourceId}: {What} failed after retries: {Reason}")]
    private partial void LogCallFailed(string sourceId, string what, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Debug, Message = "{SourceId}: listed {Unique} of {Total} Moka jobs in {Pages} pages ({Failed} failed calls)")]
    private partial void LogListed(string sourceId, int unique, int total, int pages, int failed);
}
