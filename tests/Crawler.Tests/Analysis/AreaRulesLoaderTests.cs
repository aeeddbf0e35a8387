using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

public sealed class AreaRulesLoaderTests
{
    [Fact]
    public void LoadDefault_ShippedFile_HasTheStudysEightAreas()
    {
        var rules = AreaRulesLoader.LoadDefault();

        Assert.True(rules.Version >= 1);
        Assert.Equal(
            ["coding-agents", "roleplay-companion", "robotics-embodied", "ai-for-science", "automotive-cockpit",
             "multimodal-generation", "voice-speech", "ai-hardware"],
            rules.Areas.Select(a => a.Tag));
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("null", "empty")]
    [InlineData("""{"version":0,"areas":[{"tag":"a","keywords":["x"]}]}""", "'version'")]
    [InlineData("""{"version":1,"areas":[]}""", "'areas'")]
    [InlineData("""{"version":1,"areas":[{"tag":"Bad Tag","keywords":["x"]}]}""", "areas[0].tag")]
    [InlineData("""{"version":1,"areas":[{"tag":"a","keywords":["x"]},{"tag":"a","keywords":["y"]}]}""", "appears twice")]
    [InlineData("""{"version":1,"areas":[{"tag":"a","keywords":[]}]}""", "no keywords")]
    [InlineData("""{"version":1,"areas":[{"tag":"a","keywords":["ok"," "]}]}""", "keywords[1]")]
    [InlineData("""{"version":1,"areas":[{"tag":"a","keywords":["ro*bot"]}]}""", "'*'")]
    public void Parse_InvalidRules_ErrorNamesFileAndProblem(string json, string problem)
    {
        var error = Assert.Throws<InvalidDataException>(() => AreaRulesLoader.Parse(json, "/etc/area-rules.json"));

        Assert.Contains("/etc/area-rules.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<InvalidDataException>(() => AreaRulesLoader.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
