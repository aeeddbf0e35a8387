using System.Text.Json;
using Crawler.Lab;
using Crawler.Tests.Support;

namespace Crawler.Tests.Lab.Alibaba;

/// <summary>The generated records have the real records' field names and value kinds (tests/Crawler.Tests/Fixtures/real/alibaba).</summary>
public sealed class AlibabaGenerationTests
{
    [Fact]
    public async Task Record_Generated_HasEveryFieldOfTheRealRecordWithTheSameKinds()
    {
        await using var lab = await LabHost.StartAsync(new LabOptions { OnlySites = ["alibaba-tongyi"], SiteSizes = new Dictionary<string, int> { ["alibaba-tongyi"] = 5 } });
        using var client = new AlibabaTestClient(lab.Site("alibaba-tongyi"));
        await client.OpenAsync();
        using var real = JsonDocument.Parse(RealSamples.Read("alibaba/ali-social-portals.fixture.json"));
        var expected = real.RootElement.GetProperty("tongyi_social").GetProperty("postings")[0];

        // A record with both texts: either may be null on the real portals too (portals.md), and then its kind is Null.
        var generated = (await client.ContentAsync("/position/search", client.SearchBody())).GetProperty("datas").EnumerateArray()
            .First(r => r.GetProperty("description").ValueKind == JsonValueKind.String && r.GetProperty("requirement").ValueKind == JsonValueKind.String);

        var realFields = expected.EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(realFields, generated.EnumerateObject().Select(p => p.Name).Order().ToList());
        foreach (var name in new[] { "id", "name", "workLocations", "categories", "publishTime", "modifyTime", "experience", "code", "trackId", "positionUrl", "description", "requirement" })
        {
            Assert.Equal(expected.GetProperty(name).ValueKind, generated.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public async Task Sites_SameSeed_GenerateTheSamePostings()
    {
        static LabOptions Options() => new() { Seed = 5, OnlySites = ["alibaba-campus"], SiteSizes = new Dictionary<string, int> { ["alibaba-campus"] = 30 } };
        await using var a = await LabHost.StartAsync(Options());
        await using var b = await LabHost.StartAsync(Options());

        Assert.Equal(a.Site("alibaba-campus").GroundTruth(), b.Site("alibaba-campus").GroundTruth(), new PostingComparer());
    }

    [Fact]
    public async Task TongyiSite_Titles_CarryTheBrandAndQwenTeams()
    {
        await using var lab = await LabHost.StartAsync(new LabOptions { OnlySites = ["alibaba-tongyi"] });
        var truth = lab.Site("alibaba-tongyi").GroundTruth();

        Assert.Equal(63, truth.Count);
        Assert.All(truth, p => Assert.StartsWith("Token Foundry-", p.Title, StringComparison.Ordinal));
        Assert.Contains(truth, p => p.Title.EndsWith("-Qwen Audio", StringComparison.Ordinal));
        Assert.Contains(truth, p => p.Truth.MinYearsExperience is > 0);
    }

    private sealed class PostingComparer : IEqualityComparer<LabPosting>
    {
        public bool Equals(LabPosting? x, LabPosting? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Title == y.Title && x.Requirement == y.Requirement && x.Cities.SequenceEqual(y.Cities);

        public int GetHashCode(LabPosting obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
