using System.Text.Json.Nodes;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Changes;

/// <summary>The line <c>crawler events</c> prints for an event.</summary>
public sealed class EventJsonTests
{
    [Fact]
    public void Serialize_ChangedEvent_CarriesOldNewAndTheLineDiffReadably()
    {
        var change = StoreTestData.Event(StoreTestData.Posting("moka-deepseek", "7"), ChangeKind.Changed, "run-2", StoreTestData.T0);

        var line = EventJson.Serialize(change);

        var requirement = JsonNode.Parse(line)!["changes"]![1]!;
        Assert.Equal("requirement", (string?)requirement["field"]);
        Assert.Equal("本科\n3年以上", (string?)requirement["old"]);
        Assert.Equal("本科\n5年以上", (string?)requirement["new"]);
        Assert.Equal(["-3年以上", "+5年以上"], requirement["diff"]!.AsArray().Select(d => (string?)d));
        Assert.Contains("\"-3年以上\"", line, StringComparison.Ordinal);
    }
}
