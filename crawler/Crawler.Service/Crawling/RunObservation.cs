using Crawler.Model;
using Crawler.Snapshots;

namespace Crawler.Crawling;

/// <summary>
/// What one attempt observed before anything is written: the listing, the stored state it is compared with, the
/// snapshots rendered and the renderer's report (null when nothing was rendered).
/// </summary>
public sealed record RunObservation(
    ListingResult Listing,
    IReadOnlyDictionary<string, StoredPosting> Previous,
    Dictionary<string, Snapshot> Snapshots,
    DetailRenderReport? Details);
