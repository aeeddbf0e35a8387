using Crawler.Analysis.Reporting;
using Crawler.Lab;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Integration;

/// <summary>
/// The study report computed from a lab crawl (derived fields parsed from the crawled text) must equal the
/// report computed from the lab's ground truth (the values the generator meant when it wrote the text).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StudyReportAgainstTruthTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string> CityByCode = new()
    {
        ["CT_11"] = "Beijing", ["CT_125"] = "Shanghai", ["CT_128"] = "Shenzhen", ["CT_52"] = "Hangzhou",
        ["CT_45"] = "Guangzhou", ["CT_22"] = "Chengdu", ["CT_163"] = "Singapore", ["CT_159"] = "Hong Kong",
    };

    [Fact]
    public async Task Report_FromALabCrawl_EqualsTheReportFromGroundTruth()
    {
        string[] sites = ["bytedance-campus", "bytedance-experienced", "minimax-social"];
        await using var harness = await LabCrawlHarness.StartAsync(fixture.Browser,
            new LabOptions { Seed = 11, SiteSizes = sites.ToDictionary(s => s, _ => 60), OnlySites = sites },
            new Dictionary<string, string?> { ["Crawler:Snapshots"] = "false" });
        var crawled = new List<StoredPosting>();
        var truth = new List<StoredPosting>();
        foreach (var id in sites)
        {
            var source = harness.Source(id);
            Assert.Equal(RunStatus.Complete, (await harness.CrawlAsync(source)).Run.Status);
            crawled.AddRange((await harness.Store.GetPostingsAsync(id, CancellationToken.None)).Values);
            truth.AddRange(harness.Lab.Site(id).GroundTruth().Select(p => FromTruth(source, p)));
        }

        var expectedByKey = truth.ToDictionary(p => p.Key);
        var mismatches = crawled.SelectMany(c => Differences(c, expectedByKey[c.Key])).ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} derived fields differ from the ground truth:\n" + string.Join("\n", mismatches.Take(30)));

        var json = new JsonReportRenderer();
        // The study's figures, not when we saw the postings: no weeks, no example links (those carry first-seen times and URLs).
        var figures = new ReportOptions { Weeks = 0, ExamplesPerCell = 0 };
        var fromCrawl = json.Render(StudyReportBuilder.Build(crawled, figures));
        var fromTruth = json.Render(StudyReportBuilder.Build(truth, figures));

        Assert.Equal(180, crawled.Count);
        Assert.Equal(fromTruth, fromCrawl);
    }

    private static IEnumerable<string> Differences(StoredPosting crawled, StoredPosting truth)
    {
        var (a, e) = (crawled.Derived!, truth.Derived!);
        var where = $"{crawled.Key} '{crawled.Posting.Title}'";
        if (a.MinYearsExperience != e.MinYearsExperience) yield return $"{where}: years {a.MinYearsExperience} vs truth {e.MinYearsExperience} — {crawled.Posting.Requirement?.Replace('\n', ' ')}";
        if (a.IsCampus != e.IsCampus) yield return $"{where}: campus {a.IsCampus} vs truth {e.IsCampus}";
        if (a.GoToMarket != e.GoToMarket) yield return $"{where}: go-to-market {a.GoToMarket} vs truth {e.GoToMarket}";
        if (!a.AreaTags.Order().SequenceEqual(e.AreaTags.Order())) yield return $"{where}: areas [{string.Join(",", a.AreaTags)}] vs truth [{string.Join(",", e.AreaTags)}]";
        if (!a.Cities.SequenceEqual(e.Cities)) yield return $"{where}: cities [{string.Join(",", a.Cities)}] vs truth [{string.Join(",", e.Cities)}]";
    }

    private static StoredPosting FromTruth(SourceDefinition source, LabPosting p) => LabStored.Of(source.Id, source.Company, p, "truth") with
    {
        Derived = new DerivedFields
        {
            MinYearsExperience = p.Truth.MinYearsExperience,
            IsCampus = p.Truth.IsCampus,
            AreaTags = p.Truth.AreaTags,
            GoToMarket = p.Truth.GoToMarket,
            Cities = [.. p.CityCodes.Select(c => CityByCode[c])],
        },
    };
}
