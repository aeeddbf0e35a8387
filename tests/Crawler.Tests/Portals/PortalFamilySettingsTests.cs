using Crawler.Commands;
using Crawler.Configuration;
using Crawler.Model;
using Crawler.Portals.Alibaba;
using Crawler.Portals.Atsx;
using Crawler.Portals.Moka;
using Crawler.Portals.Shared;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Portals;

/// <summary>
/// Every family's settings are typed and validated once, when sources load: a mistake is one line naming the
/// source and the key, never a crash or a "portal failure" at crawl time.
/// </summary>
public sealed class PortalFamilySettingsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Theory]
    [InlineData("atsx", "https://jobs.example/campus/position", "pageSize", "abc", "'abc' is not a whole number")]
    [InlineData("atsx", "https://jobs.example/campus/position", "pageSize", "0", "is 0; it must be 1 to 10000 (the search answers at most 10,000 posts)")]
    [InlineData("moka", "https://app.example/social-recruitment/acme/1", "pageSize", "100", "is 100; it must be 1 to 50 (above it Moka answers business code 102)")]
    [InlineData("moka", "https://app.example/social-recruitment/acme/1", "pageDelay", "soon", "'soon' is not a duration like 00:00:00.250")]
    [InlineData("moka", "https://app.example/social-recruitment/acme/1", "detailConcurrency", "64", "is 64; it must be 1 to 16")]
    [InlineData("alibaba", "https://careers.example/off-campus/position-list", "pageSize", "x1", "'x1' is not a whole number")]
    [InlineData("alibaba", "https://careers.example/campus/position-list", "campus", "maybe", "'maybe' must be true or false")]
    [InlineData("declarative", "https://careers.example/jobs", "mode", "csv", "'csv' is not one of api, dom")]
    public void Load_BadSettingValue_IsOneProblemNamingSourceAndKey(string platform, string entry, string key, string value, string what)
    {
        var error = Assert.Throws<SourceValidationException>(() => Load(Source(platform, entry, (key, value))));

        Assert.Contains($"Sources[0] (id 'acme'): field 'settings.{key}' {what}", error.Problems);
        if (platform != "declarative") Assert.Single(error.Problems);
    }

    [Theory]
    [InlineData("atsx", "https://jobs.example/campus/position", "pagesize", "pageSize, detailReadySelector, detailContentSelector")]
    [InlineData("moka", "https://app.example/social-recruitment/acme/1", "websitePath", "pageSize, pageDelay, detailConcurrency, detailReadySelector, detailContentSelector")]
    [InlineData("alibaba", "https://careers.example/campus/position-list", "batch", "campus, pageSize, channel, language, resultCap, batches, detailReadySelector, detailContentSelector")]
    public void Load_UnknownSettingKey_IsOneProblemNamingSourceKeyAndTheValidKeys(string platform, string entry, string key, string valid)
    {
        var error = Assert.Throws<SourceValidationException>(() => Load(Source(platform, entry, ("detailReadySelector", "#job-{id}"), (key, "x"))));

        Assert.Equal($"Sources[0] (id 'acme'): field 'settings.{key}' is not a setting of platform '{platform}'; valid keys: {valid}", Assert.Single(error.Problems));
    }

    [Fact]
    public void SettingsOf_SourceBuiltInCodeWithUnknownKey_ThrowsNamingSourceAndKey()
    {
        var source = new SourceDefinition
        {
            Id = "bytedance-campus", Company = "ByteDance", Platform = "atsx", EntryUrl = new Uri("https://jobs.example/campus/position"),
            Settings = new Dictionary<string, string> { ["detailReady"] = "#job" },
        };

        var error = Assert.Throws<InvalidOperationException>(() => SourceSettings.Of(source, AtsxSettingsValidator.Read));

        Assert.Contains("Source 'bytedance-campus': setting 'detailReady' is not a setting of platform 'atsx'; valid keys: pageSize,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownPlatform_ListsEveryRegisteredFamily()
    {
        var error = Assert.Throws<SourceValidationException>(() => Load(Source("workday", "https://careers.example/")));

        Assert.Equal("Sources[0] (id 'acme'): field 'platform' 'workday' is not one of atsx, moka, alibaba, declarative", Assert.Single(error.Problems));
    }

    [Fact]
    public void Load_ValidSettings_KeepsTheTypedSettingsTheAdapterReads()
    {
        var source = Assert.Single(Load(Source("atsx", "https://jobs.example/campus/position", ("pageSize", "20"), ("detailReadySelector", "#job-{id}"))));

        var settings = Assert.IsType<AtsxSettings>(source.ParsedSettings);
        Assert.Equal(20, settings.PageSize);
        Assert.Same(settings, SourceSettings.Of(source, AtsxSettingsValidator.Read));
        var target = settings.Detail.Target(new ObservedPosting { PortalId = "7", Title = "Engineer", RawJson = "{}" }, new Uri("https://jobs.example/7"), Crawler.Portals.DetailNavigation.PushState, null!);
        Assert.Equal("#job-7", target.ReadySelector);
    }

    [Fact]
    public void Load_AlibabaDefaults_FollowTheEntryPath()
    {
        var source = Assert.Single(Load(Source("alibaba", "https://careers.example/campus/position-list")));

        var settings = Assert.IsType<AlibabaSettings>(source.ParsedSettings);
        Assert.Equal((true, "campus_group_official_site", 100), (settings.Campus, settings.ListChannel, settings.PageSize));
    }

    [Fact]
    public void SettingsOf_SourceBuiltInCodeWithBadValue_ThrowsNamingSourceAndKey()
    {
        var source = new SourceDefinition
        {
            Id = "moonshot-social", Company = "Moonshot", Platform = "moka", EntryUrl = new Uri("https://app.example/social-recruitment/moonshot/1"),
            Settings = new Dictionary<string, string> { ["pageSize"] = "100" },
        };

        var error = Assert.Throws<InvalidOperationException>(() => SourceSettings.Of(source, MokaSettingsValidator.Read));

        Assert.Contains("Source 'moonshot-social': setting 'pageSize' is 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesValidate_BadPageSize_OneLineNamingSourceAndKeyExitOne()
    {
        var file = _dir.File("sources.json");
        await File.WriteAllTextAsync(file, """{ "Sources": [ { "id": "bytedance-campus", "company": "ByteDance", "platform": "atsx", "entryUrl": "https://jobs.example/campus/position", "settings": { "pageSize": "lots" } } ] }""");

        var (exit, error) = await CrawlerInvocation.RunAsync("sources", "validate", "--sources", file);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Sources[0] (id 'bytedance-campus'): field 'settings.pageSize' 'lots' is not a whole number", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static IReadOnlyList<SourceDefinition> Load(IConfiguration configuration) => SourceCatalog.Load(configuration, TestFamilies.All);

    private static IConfiguration Source(string platform, string entry, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Sources:0:Id"] = "acme", ["Sources:0:Company"] = "Acme", ["Sources:0:Platform"] = platform, ["Sources:0:EntryUrl"] = entry,
        };
        foreach (var (key, value) in settings) values[$"Sources:0:Settings:{key}"] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
