using Crawler.Snapshots;

namespace Crawler.Tests.Snapshots;

/// <summary>The phrases that prove a detail: what a page showing the posting would contain verbatim.</summary>
public sealed class DetailProofTests
{
    [Fact]
    public void Phrases_NumberedPlainText_LongestRunsFirstWithoutTheirMarkers()
    {
        var phrases = DetailProof.Phrases("1. 负责推荐系统召回\n2、参与大模型推理加速方向的研发与落地\n3. 短");

        Assert.Equal(["参与大模型推理加速方向的研发与落地", "负责推荐系统召回"], phrases);
    }

    [Fact]
    public void Phrases_Html_TagsEndARunAndEntitiesAreDecoded()
    {
        var phrases = DetailProof.Phrases("<p>Build &quot;ranking&quot; services</p><ul><li>Python&nbsp;and Go experience</li></ul>");

        // A quote decoded, a non-breaking space kept as a space: the page shows the characters, not the entities.
        Assert.Contains("Build \"ranking\" services", phrases);
        Assert.Contains("Python and Go experience", phrases);
    }

    [Fact]
    public void Phrases_MarkdownMarks_EndARun()
    {
        var phrases = DetailProof.Phrases("**Requirements**: strong *distributed systems* background");

        Assert.DoesNotContain(phrases, p => p.Contains('*', StringComparison.Ordinal));
        Assert.Contains("distributed systems", phrases);
    }

    [Fact]
    public void Phrases_LongRun_CutToTheMaximum()
    {
        var phrase = Assert.Single(DetailProof.Phrases(new string('x', 30) + " " + new string('y', 30)));

        Assert.Equal(DetailProof.MaxLength, phrase.Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("短描述")]
    [InlineData("<p>**</p>")]
    [InlineData("7002606028739313670")]
    public void Phrases_NothingLongEnough_Empty(string? text) => Assert.Empty(DetailProof.Phrases(text));

    [Fact]
    public void FromAnswer_TakesTheLongestStringAndIgnoresBrokenJsonAndUrls()
    {
        Assert.Equal(["Train and serve large language models"], DetailProof.FromAnswer("""{"data":{"title":"LLM","desc":"Train and serve large language models"}}"""));
        Assert.Empty(DetailProof.FromAnswer("{\"data\":"));
        Assert.Empty(DetailProof.FromAnswer("""{"share":"https://careers.example.com/position/detail?id=12345678"}"""));
    }

    [Fact]
    public void Ledger_MostPagesMiss_StopsWaitingButAMostlyProvenRunKeepsIt()
    {
        var missing = new DetailProofLedger();
        for (var i = 0; i < DetailProofLedger.MissesAllowed; i++) missing.Record("missed");
        var proven = new DetailProofLedger();
        for (var i = 0; i < 20; i++) proven.Record("text");
        for (var i = 0; i < 5; i++) proven.Record("missed");

        Assert.False(missing.WaitWanted);
        Assert.True(proven.WaitWanted);
        Assert.Null(new DetailProofLedger().Summary(3));
        Assert.StartsWith("20 of 25 proven", proven.Summary(25), StringComparison.Ordinal);
    }
}
