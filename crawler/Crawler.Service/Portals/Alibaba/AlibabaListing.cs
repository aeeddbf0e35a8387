using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Portals.Shared;
using Crawler.Resilience;

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
    private readonly ListingAccumulator _listing = new(session, logger);
    private readonly HashSet<(string Id, string SubCategory)> _scopes = [];

    private SourceDefinition Source => session.Source;

    public async Task<ListingResult> RunAsync(CancellationToken cancellationToken)
    {
        // Opening the page and the first answer must succeed: without them nothing about the source can be trusted.
        await pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ => await client.OpenAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var reported = settings.Campus
            ? await ListBatchesAsync(cancellationToken).ConfigureAwait(false)
            : await ListScopeAsync(AlibabaSearchFilter.All, required: true, cancellationToken).ConfigureAwait(false);
        return _listing.Result(reported);
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
            _listing.Partitions++;
            var before = _listing.PagesFailed;
            sum += await ListScopeAsync(new AlibabaSearchFilter(BatchId: id), required: false, cancellationToken).ConfigureAwait(false);
            if (_listing.PagesFailed > before) failed++;
            _listing.Note($"batch {id} ({name})");
        }

        if (failed == batches.Count) throw new PortalException($"Alibaba campus: every batch failed ({string.Join("; ", _listing.Errors)})");
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
            _listing.Fail($"{filter} page 1", ex);
            return 0;
        }

        if (first.TotalCount <= settings.ResultCap || (filter.SubCategory.Length > 0 && filter.Region.Length > 0))
        {
            if (first.TotalCount > settings.ResultCap)
                _listing.Cap($"{filter} alone holds {first.TotalCount} postings, above the {settings.ResultCap} cap, and cannot be split further");

            await PageAsync(filter, first, cancellationToken).ConfigureAwait(false);
            return first.TotalCount;
        }

        var before = _listing.Count;
        if (filter.SubCategory.Length == 0)
        {
            var body = new JsonObject { ["channel"] = settings.ListChannel, ["language"] = settings.Language };
            var subCategories = AlibabaCategoryList.SubCategoryIds(await PostAsync("/category/list", body, cancellationToken).ConfigureAwait(false));
            foreach (var sub in subCategories)
            {
                _listing.Partitions++;
                await ListScopeAsync(filter with { SubCategory = sub }, required: false, cancellationToken).ConfigureAwait(false);
            }

            _listing.Note($"{filter}: totalCount {first.TotalCount} above the {settings.ResultCap} cap; sharded by {subCategories.Count} sub-categories");
        }
        else
        {
            // Regions: the cities of the capped first 500, each its own shard; the union must then cover the total.
            await PageAsync(filter, first, cancellationToken).ConfigureAwait(false);
            var regions = _listing.Postings.Where(p => InScope(p, filter)).SelectMany(p => p.Cities).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var region in regions)
            {
                _listing.Partitions++;
                await ListScopeAsync(filter with { Region = region }, required: false, cancellationToken).ConfigureAwait(false);
            }

            _listing.Note($"{filter}: totalCount {first.TotalCount} above the {settings.ResultCap} cap; sharded by {regions.Count} regions");
        }

        var covered = _listing.Postings.Count(p => InScope(p, filter));
        if (covered < first.TotalCount) _listing.Cap($"{filter}: shards found {covered} of its {first.TotalCount} postings");
        LogSharded(Source.Id, filter, first.TotalCount, _listing.Count - before);
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
                _listing.Fail($"{filter} page {pageIndex}", ex);
                return;
            }

            // An empty page ends the listing; its totalCount (0 past the end) says nothing about the source.
            if (current.Records.Count > 0 && current.TotalCount != first.TotalCount)
                _listing.TotalMoved(first.TotalCount, current.TotalCount, $"page {pageIndex}", $"{filter}: ");

            returned += current.Records.Count;
            Collect(current, filter);
        }
    }

    private void Collect(AlibabaListPage page, AlibabaSearchFilter filter)
    {
        foreach (var record in page.Records)
        {
            var posting = AlibabaPostingParser.Parse(record, Source.EntryUrl);
            _listing.Add(posting);
            if (filter.SubCategory.Length > 0) _scopes.Add((posting.PortalId, filter.SubCategory));
        }

        _listing.Progress(null);
    }

    private bool InScope(ObservedPosting posting, AlibabaSearchFilter filter) =>
        filter.SubCategory.Length == 0 || _scopes.Contains((posting.PortalId, filter.SubCategory));

    private Task<AlibabaListPage> FetchAsync(AlibabaSearchFilter filter, int pageIndex, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async token =>
        {
            var body = filter.Body(settings.ListChannel, settings.Language, pageIndex, settings.PageSize, settings.Campus);
            var text = await client.PostAsync("/position/search", body).ConfigureAwait(false);
            var page = AlibabaListPage.Parse(text, $"Alibaba search ({filter}, page {pageIndex})");
            _listing.PagesFetched++;
            return page;
        }, cancellationToken);

    private Task<string> PostAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(session.Source.EntryUrl.Host, async _ => await client.PostAsync(path, body).ConfigureAwait(false), cancellationToken);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "{SourceId}: {Filter} reported {Total} (above the cap); shards added {Added} unique postings")]
    private partial void LogSharded(string sourceId, AlibabaSearchFilter filter, int total, int added);
}
