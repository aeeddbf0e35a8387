using System.Text.Json.Nodes;
using Crawler.Alerts;
using Crawler.Model;
using Crawler.Tests.Support;

namespace Crawler.Tests.Alerts;

/// <summary>The Slack body against Slack's documented incoming-webhook shape: text plus section blocks of mrkdwn.</summary>
public sealed class SlackMessageFormatterTests
{
    private static AlertMessage Single(string title, string? url)
    {
        var posting = StoreTestData.Posting("moka-deepseek", "7", "DeepSeek");
        var change = StoreTestData.Event(posting, ChangeKind.Appeared, "run-2", StoreTestData.T0) with { Title = title, Url = url, Cities = ["北京"] };
        return new AlertMessage { Id = change.Id, Sink = "slack", Items = [new AlertItem(change, null)] };
    }

    [Fact]
    public void Format_TitleWithAmpersandAngleBracketsAndPipe_EscapedInTextAndLink()
    {
        var body = SlackMessageFormatter.Format(Single("R&D <Agent> | 研究员", "https://jobs.example.test/p?id=7&lang=zh"));

        Assert.Equal("New posting at DeepSeek: R&amp;D &lt;Agent&gt; | 研究员", (string?)body["text"]);
        var blocks = body["blocks"]!.AsArray();
        Assert.All(blocks, b => Assert.Equal("section", (string?)b!["type"]));
        Assert.All(blocks, b => Assert.Equal("mrkdwn", (string?)b!["text"]!["type"]));
        Assert.Equal("*<https://jobs.example.test/p?id=7&lang=zh|R&amp;D &lt;Agent&gt; ¦ 研究员>*\nDeepSeek · 北京 · appeared", (string?)blocks[1]!["text"]!["text"]);
        Assert.DoesNotContain("<Agent>", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoUrl_TitleWithoutLink()
    {
        var body = SlackMessageFormatter.Format(Single("Agent 工程师", null));

        Assert.Equal("*Agent 工程师*\nDeepSeek · 北京 · appeared", (string?)body["blocks"]![1]!["text"]!["text"]);
    }

    [Fact]
    public void Format_ChangedEvent_ShowsEachFieldsOldAndNewAndTheLineDiff()
    {
        var posting = StoreTestData.Posting("moka-deepseek", "7", "DeepSeek");
        var change = StoreTestData.Event(posting, ChangeKind.Changed, "run-2", StoreTestData.T0) with { Cities = ["北京"] };
        change = change with { Changes = [change.Changes[0] with { Old = "R&D <old>" }, change.Changes[1]] };

        var body = SlackMessageFormatter.Format(new AlertMessage { Id = change.Id, Sink = "slack", Items = [new AlertItem(change, null)] });

        var section = (string?)body["blocks"]![1]!["text"]!["text"];
        Assert.EndsWith("DeepSeek · 北京 · changed: title, requirement\ntitle: −R&amp;D &lt;old&gt; +大模型算法工程师 (Seed)\nrequirement: −3年以上 +5年以上", section, StringComparison.Ordinal);
        Assert.Contains("requirement: −3年以上 +5年以上", (string?)body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_TestMessage_OneSectionNamingTheSink()
    {
        var body = SlackMessageFormatter.Format(new AlertMessage { Id = "test-1", Sink = "deepseek-beijing", Kind = AlertMessageKind.Test });

        var block = Assert.Single(body["blocks"]!.AsArray());
        Assert.Contains("deepseek-beijing", (string?)block!["text"]!["text"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["text"]));
    }
}
