using System.Text.Json;
using Crawler.Portals.Declarative;

namespace Crawler.Tests.Portals.Declarative;

public sealed class DeclarativeOkMarkerTests
{
    [Theory]
    [InlineData("""{"code":0,"data":{}}""", null)]
    [InlineData("""{"code":429,"data":null}""", "detail.api.okPath 'code' is '429', not '0'")]
    [InlineData("""{"data":{}}""", "detail.api.okPath 'code' is '(missing)', not '0'")]
    public void Refusal_DetailAnswer_NamesKeyFoundAndExpectedValue(string answer, string? expected)
    {
        using var document = JsonDocument.Parse(answer);

        var refusal = DeclarativeOkMarker.Refusal(document.RootElement, JsonDotPath.Parse("code"), "0", DeclarativeKeys.DetailApiOkPath);

        Assert.Equal(expected, refusal);
    }

    [Fact]
    public void Refusal_NoMarkerConfigured_AcceptsAnyAnswer()
    {
        using var document = JsonDocument.Parse("""{"code":500}""");

        Assert.Null(DeclarativeOkMarker.Refusal(document.RootElement, null, null, DeclarativeKeys.ApiOkPath));
    }
}
