using Crawler.Model;
using Crawler.Portals;

namespace Crawler.Tests.Support;

/// <summary>
/// A portal adapter whose listing is a test's script: it calls <see cref="CrawlSession.Listed"/> as a streaming
/// family does, and may wait in between. Details are plain pages <c>/job/{id}</c> on <c>host</c>
/// (a <see cref="FakeDetailSite"/>).
/// </summary>
public sealed class ScriptedAdapter(string host, Func<CrawlSession, CancellationToken, Task<ListingResult>> list) : IPortalAdapter
{
    public const string PlatformName = "scripted";

    public string Platform => PlatformName;

    public Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken) => list(session, cancellationToken);

    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting) =>
        new(new Uri($"http://{host}/job/{posting.PortalId}"), null, null, DetailNavigation.Reload) { Title = posting.Title };

    public static SourceDefinition Source(string host, string id = "scripted-source") => new()
    {
        Id = id, Company = "Scripted", Platform = PlatformName, EntryUrl = new Uri($"http://{host}/jobs"),
    };

    public static ObservedPosting Posting(int number) => new()
    {
        PortalId = "p" + number.ToString("000", System.Globalization.CultureInfo.InvariantCulture),
        Title = $"算法工程师 {number}",
        Description = $"负责大模型训练与推理优化 {number}",
        RawJson = $$"""{"id":"p{{number:000}}"}""",
    };

    /// <summary>A complete listing of <paramref name="postings"/> (the reported total equals the unique ids).</summary>
    public static ListingResult Complete(IReadOnlyList<ObservedPosting> postings) => new(
        postings, new CompletenessEvidence { ReportedTotal = postings.Count, UniqueIds = postings.Count, PagesFetched = 1 }, []);
}
