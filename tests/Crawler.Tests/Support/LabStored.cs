using Crawler.Lab;
using Crawler.Model;

namespace Crawler.Tests.Support;

/// <summary>A lab posting as the store would hold it, straight from the lab's truth (no crawl), for report tests.</summary>
internal static class LabStored
{
    /// <summary>The posting's business fields as an adapter would observe them.</summary>
    public static ObservedPosting Observed(LabPosting p) => new()
    {
        PortalId = p.Id, Title = p.Title, Description = p.Description, Requirement = p.Requirement,
        Cities = p.Cities, Category = p.CategoryPath, RecruitType = p.RecruitTypeName, RawJson = "{}",
        Track = Enum.Parse<RecruitTrack>(p.Track, ignoreCase: true), PublishedAt = p.PublishedAt,
    };

    /// <summary>The stored posting of <paramref name="p"/> on source <paramref name="sourceId"/>, derived fields left for the caller.</summary>
    public static StoredPosting Of(string sourceId, string company, LabPosting p, string hash) => new()
    {
        Key = sourceId + ":" + p.Id,
        SourceId = sourceId,
        Company = company,
        ContentHash = hash,
        PayloadHash = hash,
        Posting = Observed(p),
    };
}
