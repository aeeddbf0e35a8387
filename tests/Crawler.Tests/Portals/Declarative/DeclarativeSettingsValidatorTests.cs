using Crawler.Configuration;
using Crawler.Tests.Support;
using Crawler.Portals.Declarative;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Portals.Declarative;

public sealed class DeclarativeSettingsValidatorTests
{
    private static Dictionary<string, string?> Source(Dictionary<string, string> settings)
    {
        var config = new Dictionary<string, string?>
        {
            ["Sources:0:id"] = "acme-careers", ["Sources:0:company"] = "Acme", ["Sources:0:platform"] = "declarative",
            ["Sources:0:entryUrl"] = "https://careers.example.com/jobs",
        };
        foreach (var (key, value) in settings) config["Sources:0:settings:" + key] = value;
        return config;
    }

    private static Dictionary<string, string> ValidApi() => new()
    {
        ["mode"] = "api", ["api.urlContains"] = "/api/jobs", ["api.itemsPath"] = "data.items[]",
        ["api.field.id"] = "id", ["api.field.title"] = "name", ["detail.kind"] = "urlTemplate",
        ["detail.urlTemplate"] = "/jobs/{id}", ["detail.ready"] = ".job[data-id=\"{id}\"]", ["detail.content"] = ".job",
    };

    private static SourceValidationException Invalid(Dictionary<string, string> settings) =>
        Assert.Throws<SourceValidationException>(() => SourceCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(Source(settings)).Build(), TestFamilies.All));

    [Fact]
    public void Load_ValidApiSettings_AcceptsTheSource() =>
        Assert.Equal("acme-careers", Assert.Single(SourceCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(Source(ValidApi())).Build(), TestFamilies.All)).Id);

    [Theory]
    [InlineData("auto", true)]
    [InlineData("OFF", false)]
    public void Load_NextReplay_AutoOrOff(string value, bool replays)
    {
        var settings = ValidApi();
        settings["next.replay"] = value;

        Assert.Single(SourceCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(Source(settings)).Build(), TestFamilies.All));
        Assert.Equal(replays, DeclarativeSettings.Build(settings).NextReplay);
    }

    [Fact]
    public void Load_NextReplayNeitherAutoNorOff_NamesTheKey()
    {
        var settings = ValidApi();
        settings["next.replay"] = "yes";

        Assert.Contains(Invalid(settings).Problems, p => p.Contains("'settings.next.replay'", StringComparison.Ordinal) && p.Contains("'yes' must be auto or off", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingItemsPath_NamesTheSourceAndTheKey()
    {
        var settings = ValidApi();
        settings.Remove("api.itemsPath");

        var error = Invalid(settings);

        Assert.Contains(error.Problems, p => p.Contains("acme-careers", StringComparison.Ordinal) && p.Contains("'settings.api.itemsPath' is required when mode is api", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MisspelledKeyAndBadPath_ReportsEachProblem()
    {
        var settings = ValidApi();
        settings["api.feild.title"] = "name";
        settings["api.totalPath"] = "data..total";

        var problems = Invalid(settings).Problems;

        Assert.Contains(problems, p => p.Contains("'settings.api.feild.title' is not a declarative setting", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'settings.api.totalPath' is not a JSON path", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DomClickCardsWithoutAnyWayToTheId_AsksForOne()
    {
        var problems = new List<string>();
        DeclarativeSettingsValidator.Validate(new Dictionary<string, string>
        {
            ["mode"] = "dom", ["dom.item"] = ".card", ["dom.field.title"] = "h3", ["detail.kind"] = "click",
            ["detail.ready"] = ".detail", ["detail.content"] = ".detail", ["next.kind"] = "sideways",
        }, (key, what) => problems.Add($"{key} {what}"));

        Assert.Contains(problems, p => p.StartsWith("dom.field.id is required unless detail.idFromUrl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("next.kind 'sideways' is not one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_IdPatternWithoutNamedGroup_IsRejected()
    {
        var problems = new List<string>();
        var settings = ValidApi();
        settings["detail.idFromUrl"] = "/jobs/(\\d+)";
        DeclarativeSettingsValidator.Validate(settings, (key, what) => problems.Add($"{key} {what}"));
        Assert.Contains(problems, p => p.StartsWith("detail.idFromUrl", StringComparison.Ordinal) && p.Contains("(?<id>", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DetailFieldsWithoutTheirAnswerOrWithABadShare_NamesEachKey()
    {
        var settings = ValidApi();
        settings["detail.api.field.description"] = "data.jobDesc";
        settings["detail.api.field.title"] = "data.jobTitle";
        settings["detail.revalidate.share"] = "1.5";

        var problems = Invalid(settings).Problems;

        Assert.Contains(problems, p => p.Contains("'settings.detail.api.urlContains' is required when detail.api.field.* is set", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'settings.detail.api.field.title' is not a declarative setting", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'settings.detail.revalidate.share' '1.5' must be a number above 0 and at most 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DetailAnswerUrlWithoutTheId_AsksForAPathHoldingIt()
    {
        var settings = ValidApi();
        settings["detail.api.urlContains"] = "jobs/detail";
        settings["detail.api.field.requirement"] = "data.jobRequire";

        Assert.Contains(Invalid(settings).Problems, p => p.Contains("'settings.detail.api.urlContains' 'jobs/detail' must be a path from the host root or an absolute URL holding {id}", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UrlTemplateDetailWithoutSelectors_IsValidBecauseTheTitleAndAnswerProveIt()
    {
        var settings = ValidApi();
        settings.Remove("detail.ready");
        settings.Remove("detail.content");

        Assert.Single(SourceCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(Source(settings)).Build(), TestFamilies.All));
    }

    [Fact]
    public void Load_PostDetailAnswer_NeedsABodyWithTheIdButNotAnIdInItsUrl()
    {
        var settings = ValidApi();
        settings["detail.api.urlContains"] = "/api/job/detail";
        settings["detail.api.field.description"] = "data.jobDesc";
        settings["detail.api.method"] = "POST";

        var problems = Invalid(settings).Problems;

        Assert.Contains(problems, p => p.Contains("'settings.detail.api.body' is required when detail.api.method is POST", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("'settings.detail.api.urlContains'", StringComparison.Ordinal));
        settings["detail.api.body"] = "{\"jobId\":\"{id}\"}";
        Assert.Single(SourceCatalog.Load(new ConfigurationBuilder().AddInMemoryCollection(Source(settings)).Build(), TestFamilies.All));
    }

    [Fact]
    public void Validate_IdFromAnswer_IsAWayToTheIdOnlyForClickCardsAndForbidsIdInTheReadySelector()
    {
        var problems = new List<string>();
        DeclarativeSettingsValidator.Validate(new Dictionary<string, string>
        {
            ["mode"] = "dom", ["dom.item"] = ".card", ["dom.field.title"] = "h3", ["detail.kind"] = "click",
            ["detail.idFromAnswer"] = "data.jobId", ["detail.ready"] = ".detail[data-id=\"{id}\"]",
        }, (key, what) => problems.Add($"{key} {what}"));

        Assert.DoesNotContain(problems, p => p.StartsWith("dom.field.id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("detail.ready may not hold {id}", StringComparison.Ordinal));
    }
}
