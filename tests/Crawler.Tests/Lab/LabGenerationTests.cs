using Crawler.Lab;
using Crawler.Lab.Atsx;
using Crawler.Lab.Generation;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>Generated postings: deterministic, fast, and with a ground truth that matches their text.</summary>
public sealed class LabGenerationTests
{
    [Fact]
    public async Task StartAsync_SameSeed_GivesSameGroundTruth()
    {
        await using var first = await LabTestHost.StartAsync("bytedance-experienced", 300, seed: 7);
        await using var second = await LabTestHost.StartAsync("bytedance-experienced", 300, seed: 7);

        Assert.Equal(first.Sites[0].GroundTruth(), second.Sites[0].GroundTruth(), PostingComparer.Instance);
    }

    [Fact]
    public async Task StartAsync_DifferentSeed_GivesDifferentPostings()
    {
        await using var first = await LabTestHost.StartAsync("minimax-social", 50, seed: 1);
        await using var second = await LabTestHost.StartAsync("minimax-social", 50, seed: 2);

        Assert.NotEqual(first.Sites[0].GroundTruth().Select(p => p.Title), second.Sites[0].GroundTruth().Select(p => p.Title));
    }

    [Fact]
    public void Store_TenThousandPostings_AreAllListedWithDistinctIds()
    {
        // Sizes past the 10,000 window are what the partition tests need; speed is measured by the demo, not here.
        var spec = AtsxSiteCatalog.All.Single(s => s.Id == "bytedance-experienced");
        var store = new AtsxPostingStore(spec, 1, 42, 10_000);

        Assert.Equal(10_000, store.Listed.Count);
        Assert.Equal(10_000, store.Listed.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async Task GroundTruth_Postings_HaveUniqueSnowflakeIdsAndCitiesFromTheRealCodes()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-experienced", 2000);
        var postings = lab.Sites[0].GroundTruth();

        Assert.Equal(postings.Count, postings.Select(p => p.Id).Distinct().Count());
        Assert.All(postings, p =>
        {
            Assert.Matches("^[0-9]{19}$", p.Id);
            Assert.InRange(p.CityCodes.Count, 1, 4);
            Assert.All(p.CityCodes, c => Assert.Contains(c, AtsxCity.All.Select(x => x.Code)));
        });
        var beijingShanghaiHangzhou = postings.Count(p => p.Cities.Any(c => c is "北京" or "上海" or "杭州"));
        Assert.True(beijingShanghaiHangzhou > postings.Count * 0.8);
    }

    [Fact]
    public async Task GroundTruth_DerivedFields_AreReflectedInTheText()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-experienced", 3000);
        var postings = lab.Sites[0].GroundTruth();

        Assert.All(postings, p =>
        {
            var text = $"{p.Title}\n{p.Description}";
            Assert.All(p.Truth.AreaTags, tag =>
            {
                var phrase = AreaTagPhrase.All.Single(a => a.Tag == tag);
                Assert.True(text.Contains(phrase.ShortZh, StringComparison.Ordinal) || text.Contains(phrase.ShortEn, StringComparison.Ordinal)
                    || text.Contains(phrase.PhraseZh, StringComparison.Ordinal) || text.Contains(phrase.PhraseEn, StringComparison.Ordinal), $"{tag} not in {text}");
            });
            Assert.Contains(p.Truth.GoToMarket, LabVocabulary.GoToMarket);
            Assert.False(p.Truth.IsCampus);
            if (p.Requirement is null)
            {
                Assert.Null(p.Truth.MinYearsExperience);
            }
        });
        Assert.Contains(postings, p => p.Truth.MinYearsExperience is null);
        Assert.Contains(postings, p => p.Truth.MinYearsExperience == 0);
        Assert.Contains(postings, p => p.Truth.MinYearsExperience >= 5);
        Assert.Contains(postings, p => p.Truth.GoToMarket == "b2b-sales" && p.CategoryPath.StartsWith("销售", StringComparison.Ordinal));
        Assert.Contains(postings, p => p.Truth.GoToMarket == "marketing");
        Assert.Contains(postings, p => (p.Requirement ?? "").Contains("年及以上工作经验", StringComparison.Ordinal));
        Assert.Contains(postings, p => (p.Requirement ?? "").Contains("years of experience", StringComparison.Ordinal));
        Assert.Contains(postings, p => (p.Description ?? "").Contains("&amp;", StringComparison.Ordinal) || (p.Requirement ?? "").Contains("&amp;", StringComparison.Ordinal));
        Assert.Contains(postings, p => p.Description is null);
    }

    [Fact]
    public async Task GroundTruth_CampusSite_MarksEveryPostingCampusWithZeroYears()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus", 400);
        var postings = lab.Sites[0].GroundTruth();

        Assert.All(postings, p =>
        {
            Assert.True(p.Truth.IsCampus);
            Assert.Equal(0, p.Truth.MinYearsExperience);
            Assert.Contains(p.Track, new[] { "campus", "intern" });
        });
        Assert.Contains(postings, p => p.Track == "intern" && p.RecruitTypeName == "实习");
        Assert.Contains(postings, p => p.Track == "campus" && p.RecruitTypeName == "正式");
        Assert.Contains(postings, p => p.Title.EndsWith("-Seed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Site_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        await using var lab = await LabTestHost.StartAsync("minimax-campus", 10);

        var error = Assert.Throws<KeyNotFoundException>(() => lab.Site("bytedance-campus"));

        Assert.Contains("bytedance-campus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_OnlyOneSite_ServesOnlyThatSite()
    {
        await using var lab = await LabTestHost.StartAsync("minimax-campus", 10);

        var site = Assert.Single(lab.Sites);
        Assert.Equal("MiniMax", site.Company);
        Assert.Equal("atsx", site.Family);
        Assert.Equal("/379481/position", site.EntryUrl.AbsolutePath);
        Assert.NotEqual(0, site.EntryUrl.Port);
    }

    private sealed class PostingComparer : IEqualityComparer<LabPosting>
    {
        public static PostingComparer Instance { get; } = new();

        public bool Equals(LabPosting? x, LabPosting? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Title == y.Title && x.Description == y.Description
            && x.Requirement == y.Requirement && x.Cities.SequenceEqual(y.Cities) && x.PublishedAt == y.PublishedAt
            && x.Truth.MinYearsExperience == y.Truth.MinYearsExperience && x.Truth.AreaTags.SequenceEqual(y.Truth.AreaTags);

        public int GetHashCode(LabPosting obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
