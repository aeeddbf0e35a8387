using System.Text.Json;
using Crawler.Portals.Declarative;

namespace Crawler.Tests.Portals.Declarative;

public sealed class JsonDotPathTests
{
    private const string Answer = """
        {"status":"ok","result":{"total":2,"openings":[
          {"openingId":"a1","locations":[{"label":"北京"},{"label":"上海"}],"team":null},
          {"openingId":"b2","locations":[],"team":{"name":"研发"}}]}}
        """;

    private static List<string?> Texts(string path)
    {
        using var document = JsonDocument.Parse(Answer);
        return [.. JsonDotPath.Parse(path).Select(document.RootElement).Select(DeclarativePostingParser.Text)];
    }

    [Theory]
    [InlineData("result.total", "2")]
    [InlineData("$.result.total", "2")]
    [InlineData("result.openings[].openingId", "a1,b2")]
    [InlineData("result.openings[0].locations[].label", "北京,上海")]
    [InlineData("result.openings[1].openingId", "b2")]
    [InlineData("result.openings[].team.name", "研发")]
    [InlineData("result.openings[5].openingId", "")]
    [InlineData("result.missing.deeper", "")]
    public void Select_Path_FindsTheValuesInDocumentOrder(string path, string expected) =>
        Assert.Equal(expected, string.Join(",", Texts(path)));

    [Fact]
    public void Select_ArrayStepOnAnObject_FindsNothingInsteadOfThrowing() =>
        Assert.Empty(Texts("result[].total"));

    [Theory]
    [InlineData("result..total", "empty name")]
    [InlineData("result.openings[", "'[' without ']'")]
    [InlineData("result.openings[*]", "only '[]'")]
    [InlineData("result.openings[]x", "needs a '.' after ']'")]
    [InlineData("result]", "']' without '['")]
    public void TryParse_MalformedPath_ExplainsWhy(string path, string reason)
    {
        Assert.False(JsonDotPath.TryParse(path, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Container_PathEndingInAllElements_PointsAtTheArray()
    {
        var path = JsonDotPath.Parse("result.openings[]");
        Assert.True(path.EndsWithAllElements);
        using var document = JsonDocument.Parse(Answer);
        Assert.Equal(JsonValueKind.Array, Assert.Single(path.Container().Select(document.RootElement)).ValueKind);
    }
}
