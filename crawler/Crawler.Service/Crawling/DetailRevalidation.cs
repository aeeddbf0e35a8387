using Crawler.Changes;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Snapshots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Crawler.Crawling;

/// <summary>
/// The detail-only fields of a run (sources whose adapter is an <see cref="IDetailFieldReader"/> with rules):
/// before rendering, every listed posting takes the fields a previous run read, and a rolling share of the
/// postings that will not be rendered has its detail answer fetched again in the crawl's browser context (its
/// cookies, no render; a POST answer replayed with its method, body and content type), oldest reading first, so every posting is read again within ⌈1 / share⌉ runs; a posting
/// whose detail text changed thereby differs from its stored hash and is rendered anew. After rendering, the
/// answers the renders captured supply the fields of the rendered postings.
/// </summary>
public sealed partial class DetailRevalidation(IOptions<DetailOptions> options, TimeProvider time, ILogger<DetailRevalidation> logger)
{
    /// <summary>Setting that makes one run read every posting's detail answer again (the <c>crawl --revalidate-details</c> switch sets it).</summary>
    public const string EveryPostingSetting = "detail.revalidate.share";

    /// <summary>The listing with carried-over and revalidated detail fields; unchanged when the source has none.</summary>
    public async Task<ListingResult> PrepareAsync(
        SourceDefinition source, IPortalAdapter adapter, IBrowserContext context, ListingResult listing,
        IReadOnlyDictionary<string, StoredPosting> previous, int parallelism,
        IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        if (Rules(source, adapter) is not { } rules) return listing;
        var now = time.GetUtcNow();
        var postings = listing.Postings.Select(p => previous.GetValueOrDefault(ChangeDetector.PostingKey(source.Id, p.PortalId)) is { } before
            ? rules.CarryOver(p, before.Posting)
            : p).ToList();
        var due = postings.Select((p, i) => (Index: i, Posting: p, Before: previous.GetValueOrDefault(ChangeDetector.PostingKey(source.Id, p.PortalId))))
            .Where(c => c.Before is not null && !SnapshotPolicy.NeedsSnapshot(source, c.Before, c.Posting, now, options.Value))
            .OrderBy(c => c.Posting.DetailReadAt ?? DateTimeOffset.MinValue).ThenBy(c => c.Posting.PortalId, StringComparer.Ordinal)
            .Take((int)Math.Ceiling(rules.RevalidateShare * postings.Count))
            .ToList();
        var done = 0;
        var failed = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, async (c, token) =>
        {
            var url = rules.AnswerUrl(c.Posting);
            try
            {
                var response = await (rules.Request?.Invoke(c.Posting) is { } request
                    ? context.APIRequest.FetchAsync(url.ToString(), new APIRequestContextOptions
                    {
                        Method = request.Method, DataString = request.Body, Headers = new Dictionary<string, string> { ["content-type"] = request.ContentType },
                    })
                    : context.APIRequest.GetAsync(url.ToString())).WaitAsync(token).ConfigureAwait(false);
                try
                {
                    if (response.Status >= 400) throw new PortalException($"{url} answered HTTP {response.Status}") { StatusCode = response.Status };
                    var read = rules.Read(c.Posting, await response.TextAsync().ConfigureAwait(false), url.ToString());
                    postings[c.Index] = read with { DetailReadAt = time.GetUtcNow() };
                }
                finally
                {
                    await response.DisposeAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is PortalException or PlaywrightException or TimeoutException)
            {
                // Kept as stored and still the oldest reading: the next run tries it first. Never a false "changed".
                Interlocked.Increment(ref failed);
                var reason = ex.Message.Split('\n')[0];
                LogRevalidationFailed(source.Id, c.Posting.PortalId, reason);
            }

            progress?.Report(new CrawlProgress("revalidating details", Interlocked.Increment(ref done), due.Count));
        }).ConfigureAwait(false);
        if (due.Count > 0) LogRevalidated(source.Id, due.Count - failed, due.Count, rules.RevalidateShare);
        return listing with { Postings = postings };
    }

    /// <summary>Whether the source reads detail-only fields (its adapter has rules for it).</summary>
    public bool Applies(SourceDefinition source, IPortalAdapter adapter) => Rules(source, adapter) is not null;

    /// <summary>The listing with the fields of each rendered posting read from the detail answer its render captured (by posting key).</summary>
    public ListingResult ApplyRendered(SourceDefinition source, IPortalAdapter adapter, ListingResult listing, IReadOnlyDictionary<string, RenderedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0 || Rules(source, adapter) is not { } rules) return listing;
        var now = time.GetUtcNow();
        return listing with
        {
            Postings = [.. listing.Postings.Select(p =>
            {
                if (!answers.TryGetValue(ChangeDetector.PostingKey(source.Id, p.PortalId), out var page)) return p;
                try
                {
                    return rules.Read(p, page.Body, page.Url) with { DetailReadAt = now };
                }
                catch (PortalException ex)
                {
                    LogRevalidationFailed(source.Id, p.PortalId, ex.Message);
                    return p;
                }
            })],
        };
    }

    /// <summary>The source as one run that reads every posting's detail answer again (on demand).</summary>
    public static SourceDefinition EveryPosting(SourceDefinition source) =>
        source.Settings.Keys.Any(k => k.StartsWith("detail.api.", StringComparison.Ordinal))
            ? source with { Settings = new Dictionary<string, string>(source.Settings) { [EveryPostingSetting] = "1" }, ParsedSettings = null } // parsed anew, with the new share
            : source;

    private static DetailFieldRules? Rules(SourceDefinition source, IPortalAdapter adapter) =>
        adapter is IDetailFieldReader reader ? reader.DetailFields(source) : null;

    [LoggerMessage(EventId = 2451, Level = LogLevel.Information, Message = "{SourceId}: read {Read} of {Due} unchanged postings' detail answers again (rolling share {Share})")]
    private partial void LogRevalidated(string sourceId, int read, int due, double share);

    [LoggerMessage(EventId = 2452, Level = LogLevel.Debug, Message = "{SourceId}: detail answer of {PortalId} not read: {Reason}")]
    private partial void LogRevalidationFailed(string sourceId, string portalId, string reason);
}
