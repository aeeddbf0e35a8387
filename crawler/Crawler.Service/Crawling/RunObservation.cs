using Crawler.Model;
using Crawler.Snapshots;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// What one attempt observed before its commit: the listing, the stored state it is compared with, the snapshots
/// already stored for it (ids only: rendered by this attempt, or by an interrupted one since the last commit) and the
/// renderer's report of the postings left without one (null when nothing was rendered).
/// </summary>
public sealed record RunObservation(
    ListingResult Listing,
    IReadOnlyDictionary<string, StoredPosting> Previous,
    IReadOnlyDictionary<string, SnapshotMark> Snapshots,
    DetailRenderReport? Details);
