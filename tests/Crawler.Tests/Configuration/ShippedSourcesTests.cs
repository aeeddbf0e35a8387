using Crawler.Commands;
using Crawler.Configuration;
using Crawler.Tests.Support;
using Crawler.Lab;
using Crawler.LabCli;
using Crawler.Model;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Configuration;

/// <summary>The sources files the product ships: the real portals, and the demo that mirrors them in the lab.</summary>
public sealed class ShippedSourcesTests
{
    private static string SourcesFile(string name) => Path.Combine(AppContext.BaseDirectory, "sources", name);

    private static IReadOnlyList<Crawler.Model.SourceDefinition> Load(string json) =>
        SourceCatalog.Load(new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build(), TestFamilies.All);

    [Fact]
    public void RealSources_Validate_AndCoverTheStudysSixFirmsOnTheirThreeFamilies()
    {
        var sources = Load(File.ReadAllText(SourcesFile("real.json")));

        Assert.Equal(["Alibaba", "ByteDance", "DeepSeek", "MiniMax", "Moonshot", "Zhipu"], sources.Select(s => s.Company).Distinct().Order());
        Assert.Equal(["alibaba", "atsx", "moka"], sources.Select(s => s.Platform).Distinct().Order());
        Assert.Contains(sources, s => s.EntryUrl.Host == "careers-tongyi.alibaba.com");
        Assert.Contains(sources, s => s.EntryUrl.Host == "talent.quark.cn");
        Assert.Contains(sources, s => s.EntryUrl.AbsolutePath == "/social-recruitment/high-flyer/140576");
    }

    [Fact]
    public async Task DemoSources_MirrorEveryRealSourceWithALabSiteOfTheSameFamily()
    {
        var real = Load(File.ReadAllText(SourcesFile("real.json")));
        await using var lab = await LabHost.StartAsync(new LabOptions { SiteSizes = DemoCommand.Sizes.ToDictionary(p => p.Key, _ => 1) });

        var demo = Load(LabSources.Resolve(File.ReadAllText(SourcesFile("demo.json")), lab));

        foreach (var source in real)
        {
            var mirror = Assert.Single(demo, d => d.Id == source.Id);
            Assert.Equal(source.Company, mirror.Company);
            Assert.Equal(source.Platform, mirror.Platform);
            Assert.Equal(lab.Site(source.Id).Family, mirror.Platform);
        }

        Assert.Equal(demo.Select(d => d.Id).Order(), DemoCommand.Sizes.Keys.Order());
    }

    [Fact]
    public void Load_BrokenSource_NamesEverySourceAndField()
    {
        const string json = """
            { "Sources": [
              { "id": "ok", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/campus/position" },
              { "id": "Bad Id", "company": "", "platform": "workday", "entryUrl": "ftp://x", "interval": "soon", "cron": "61 * * * *" }
            ] }
            """;

        var error = Assert.Throws<SourceValidationException>(() => Load(json));

        Assert.Contains("Sources[1] (id 'Bad Id'): field 'id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'company' is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'platform' 'workday' is not one of", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'entryUrl' 'ftp://x'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'interval' 'soon'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field 'cron'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources[0]", error.Message, StringComparison.Ordinal);
    }
}
