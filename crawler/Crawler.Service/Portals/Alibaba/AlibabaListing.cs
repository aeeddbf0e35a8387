using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Polly;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// One listing pass over an Alibaba-family source. Pages each filter combination by <c>pageIndex</c> until
/// <c>datas</c> is empty. Above the 500-per-filter cap it shards by sub-category (from <c>/category/list</c>)
/// and, for a sub-category still over the cap, by region; the campus site is listed batch by batch.
/// </summary>
internal sealed partial class AlibabaListing(
    CrawlSession session, AlibabaPageAnswer client, ResiliencePipeline pipeline, AlibabaSettings settings, ILogger logger)
{
    private const int MaxPages = 1000;
    private readonly Dictionary<string, ObservedPosting> _postings = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly List<string> _notes = [];
    private readonly HashSet<(string Id, string SubCategory)> _scopes = [];
    private bool _totalStable = true;
    private bool _capHit;
    private int _pagesFetched;
    private int _pagesFailed;
    private int _partitions;

    private SourceDefinition Source => session.Source;

    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        // Opening the page and the first answer must succeed: without them nothing about the source can be trusted.
        await pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ => await client.OpenAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var reported = settings.Campus
            ? await ListBatchesAsync(cancellationToken).ConfigureAwait(false)
            : await ListScopeAsync(AlibabaSearchFilter.All, required: true, cancellationToken).ConfigureAwait(false);

        var evidence = new CompletenessEvidence
        {
            ReportedTotal = reported, TotalStable = _totalStable, UniqueIds = _postings.Count, PagesFetched = _pagesFetched,
            PagesFailed = _pagesFailed, CapHit = _capHit, Partitions = _partitions, Notes = _notes,
        };
        return new ListingResult([.. _postings.Values], evidence, _errors);
    }

    /// <summary>Campus: no call covers every batch, so each batch is its own listing (portals.md §3.2).</summary>
    private async Task<int> ListBatchesAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["channel"] = settings.ListChannel, ["language"] = settings.Language };
        var all = AlibabaBatchList.Parse(await PostAsync("/searchCondition/listBatch", body, cancellationToken).ConfigureAwait(false));
        var batches = settings.Batches.Count == 0 ? all : all.Where(b => settings.Batches.Contains(b.Id)).ToList();
        var missing = settings.Batches.Where(id => all.All(b => b.Id != id)).ToList();
        if (missing.Count > 0) throw new PortalException($"Alibaba campus: configured batch(es) {string.Join(", ", missing)} not offered by listBatch");

        var sum = 0;
        var failed = 0;
        foreach (var (id, name) in batches)
        {
            _partitions++;
            var before = _pagesFailed;
            sum += await ListScopeAsync(new AlibabaSearchFilter(BatchId: id), required: false, cancellationToken).ConfigureAwait(false);
            if (_pagesFailed > before) failed++;
            _notes.Add($"batch {id} ({name})");
        }

        if (failed == batches.Count) throw new PortalException($"Alibaba campus: every batch failed ({string.Join("; ", _errors)})");
        return sum;
    }

    /// <summary>Lists one filter combination, sharding it when it is over the cap. Returns its reported total.</summary>
    private async Task<int> ListScopeAsync(AlibabaSearchFilter filter, bool required, CancellationToken cancellationToken)
    {
        AlibabaListPage first;
        try
        {
            first = await FetchAsync(filter, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!required && ex is PortalException or TimeoutException or PlaywrightException)
        {
            Fail($"{filter} page 1", ex);
            return 0;
        }

        if (first.TotalCount <= settings.ResultCap || (filter.SubCategory.Length > 0 && filter.Region.Length > 0))
        {
            if (first.TotalCount > settings.ResultCap)
            {
                _capHit = true;
                _notes.Add($"{filter} alone holds {first.TotalCount} postings, above the {settings.ResultCap} cap, and cannot be split further");
            }

            await PageAsync(filter, first, cancellationToken).ConfigureAwait(false);
            return first.TotalCount;
        }

        var before = _postings.Count;
        if (filter.SubCategory.Length == 0)
        {
            var body = new JsonObject { ["channel"] = settings.ListChannel, ["language"] = settings.Language };
            var subCategories = AlibabaCategoryList.SubCategoryIds(await PostAsync("/category/list", body, cancellationToken).ConfigureAwait(false));
            foreach (var sub in subCategories)
            {
                _partitions++;
                await ListScopeAsync(filter with { SubCategory = sub }, required: false, cancellationToken).ConfigureAwait(false);
            }

            _notes.Add($"{filter}: totalCount {first.TotalCount} above the {settings.ResultCap} cap; sharded by {subCategories.Count} sub-categories");
        }
        else
        {
            // Regions: the cities of the capped first 500, each its own shard; the union must then cover the total.
            await PageAsync(filter, first, cancellationToken).ConfigureAwait(false);
            var regions = _postings.Values.Where(p => InScope(p, filter)).SelectMany(p => p.Cities).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var region in regions)
            {
                _partitions++;
                await ListScopeAsync(filter with { Region = region }, required: false, cancellationToken).ConfigureAwait(false);
            }

            _notes.Add($"{filter}: totalCount {first.TotalCount} above the {settings.ResultCap} cap; sharded by {regions.Count} regions");
        }

        var covered = _postings.Values.Count(p => InScope(p, filter));
        if (covered < first.TotalCount)
        {
            _capHit = true;
            _notes.Add($"{filter}: shards found {covered} of its {first.TotalCount} postings");
        }

        LogSharded(Source.Id, filter, first.TotalCount, _postings.Count - before);
        return first.TotalCount;
    }

    /// <summary>Collects the first page, then pages on until <c>datas</c> is empty.</summary>
    private async Task PageAsync(AlibabaSearchFilter filter, AlibabaListPage first, CancellationToken cancellationToken)
    {
        Collect(first, filter);
        var current = first;
        var returned = first.Records.Count;
        for (var pageIndex = 2; current.Records.Count > 0 && pageIndex <= MaxPages; pageIndex++)
        {
            // A short page that brings the listing up to its total is the last one; otherwise page on until datas is
            // empty, because some BU sites report an unreliable totalCount (portals.md §3.1).
            if (current.Records.Count < settings.PageSize && returned >= first.TotalCount) return;

            try
            {
                current = await FetchAsync(filter, pageIndex, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is PortalException or TimeoutException or PlaywrightException)
            {
                // Where this listing ends is unknown now; the run is partial either way.
                Fail($"{filter} page {pageIndex}", ex);
                return;
            }

            // An empty page ends the listing; its totalCount (0 past the end) says nothing about the source.
            if (current.Records.Count > 0 && current.TotalCount != first.TotalCount)
            {
                _totalStable = false;
                _notes.Add($"{filter}: total moved from {first.TotalCount} to {current.TotalCount} during the crawl (page {pageIndex})");
            }

            returned += current.Records.Count;
            Collect(current, filter);
        }
    }

    private void Collect(AlibabaListPage page, AlibabaSearchFilter filter)
    {
        foreach (var record in page.Records)
        {
            var posting = AlibabaPostingParser.Parse(record, Source.EntryUrl);
            _postings[posting.PortalId] = posting;
            if (filter.SubCategory.Length > 0) _scopes.Add((posting.PortalId, filter.SubCategory));
        }

        session.Progress?.Report(new CrawlProgress("listing", _postings.Count, null));
    }

    private bool InScope(ObservedPosting posting, AlibabaSearchFilter filter) =>
        filter.SubCategory.Length == 0 || _scopes.Contains((posting.PortalId, filter.SubCategory));

    private Task<AlibabaListPage> FetchAsync(AlibabaSearchFilter filter, int pageIndex, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async token =>
        {
            var body = filter.Body(settings.ListChannel, settings.Language, pageIndex, settings.PageSize, settings.Campus);
            var text = await client.PostAsync("/position/search", body).ConfigureAwait(false);
            var page = AlibabaListPage.Parse(text, $"Alibaba search ({filter}, page {pageIndex})");
            _pagesFetched++;
            return page;
        }, cancellationToken);

    private Task<string> PostAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ => await client.PostAsync(path, body).ConfigureAwait(false), cancellationToken);

    private void Fail(string what, Exception ex)
    {
        _pagesFailed++;
        _errors.Add($"{what}: {ex.Message}");
        LogPageFailed(Source.Id, what, ex.Message);
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "{SourceId}: {What} failed after retries: {Reason}")]
    private partial void LogPageFailed(string sourceId, string what, string reason);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "{SourceId}: {Filter} reported {Total} (above the cap); shards added {Added} unique postings")]
    private partial void LogSharded(string sourceId, AlibabaSearchFilter filter, int total, int added);
}
