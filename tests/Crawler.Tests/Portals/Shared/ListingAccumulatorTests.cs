using Crawler.Model;
using Crawler.Portals;
using Crawler.Portals.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crawler.Tests.Portals.Shared;

/// <summary>The listing state every family shares: dedupe, the streaming hook, failures and completeness evidence.</summary>
public sealed class ListingAccumulatorTests
{
    private readonly List<string> _listed = [];

    [Fact]
    public void Collect_RepeatedId_AnnouncedOnceAndLatestCopyKept()
    {
        var listing = new ListingAccumulator(Session(), NullLogger.Instance);

        var added = listing.Collect([Posting("1", "Old title"), Posting("2", "B")]) + listing.Collect([Posting("1", "New title")]);

        Assert.Equal(2, added);
        Assert.Equal(["1", "2"], _listed);
        var result = listing.Result(2);
        Assert.Equal(["New title", "B"], result.Postings.Select(p => p.Title));
        Assert.True(result.Evidence.IsComplete);
    }

    [Fact]
    public void Result_FailedPageAndMovedTotal_EvidenceSaysPartialAndWhy()
    {
        var listing = new ListingAccumulator(Session(), NullLogger.Instance);
        listing.Collect([Posting("1", "A")]);
        listing.PagesFetched = 1;

        listing.TotalMoved(3, 4, "page 2");
        listing.Fail("page 3", new PortalException("HTTP 500"));
        var result = listing.Result(3);

        Assert.False(result.Evidence.IsComplete);
        Assert.Equal((false, 1, 1, 1), (result.Evidence.TotalStable, result.Evidence.PagesFetched, result.Evidence.PagesFailed, result.Evidence.UniqueIds));
        Assert.Equal("page 3: HTTP 500", Assert.Single(result.Errors));
        Assert.Contains("total moved from 3 to 4 during the crawl (page 2)", result.Evidence.Notes);
    }

    [Fact]
    public void Cap_MarksTheRunCapped()
    {
        var listing = new ListingAccumulator(Session(), NullLogger.Instance);

        listing.Cap("window of 10,000 reached");

        Assert.True(listing.Result(10_000).Evidence.CapHit);
    }

    private CrawlSession Session() => new()
    {
        Source = new SourceDefinition { Id = "acme", Company = "Acme", Platform = "atsx", EntryUrl = new Uri("https://jobs.example/") },
        Browser = null!, Logger = NullLogger.Instance, Time = TimeProvider.System,
        Listed = posting => _listed.Add(posting.PortalId),
    };

    private static ObservedPosting Posting(string id, string title) => new() { PortalId = id, Title = title, RawJson = "{}" };
}
