using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;
using Crawler.Tests.Support;

namespace Crawler.Tests.Changes;

public sealed class FieldChangesTests
{
    [Fact]
    public void Between_RequirementAndCitiesEdited_OldAndNewPerFieldAndALineDiffForTheText()
    {
        var before = StoreTestData.Observed("1") with { Requirement = "本科\n3年以上\n熟悉 C++" };
        var after = before with { Requirement = "本科\n5年以上\n熟悉 C++", Cities = ["深圳", "北京"] };

        var changes = FieldChanges.Between(before, after);

        Assert.Equal(["requirement", "cities"], changes.Select(c => c.Field));
        Assert.Equal("本科\n3年以上\n熟悉 C++", changes[0].Old);
        Assert.Equal(["-3年以上", "+5年以上"], changes[0].Diff);
        Assert.Equal("上海, 北京, 杭州", changes[1].Old);
        Assert.Equal("北京, 深圳", changes[1].New);
        Assert.Empty(changes[1].Diff);
    }

    [Fact]
    public void Between_OnlyWhitespaceDiffers_NothingChanged()
    {
        var before = StoreTestData.Observed("1") with { Description = "line one\r\nline two  " };

        Assert.Empty(FieldChanges.Between(before, before with { Description = "line one\nline two" }));
    }

    [Fact]
    public void Line_LongTextAndShortField_ReadAsMinusOldPlusNew()
    {
        var requirement = new FieldChange { Field = "requirement", Old = "3年以上", New = "5年以上", Diff = ["-3年以上", "+5年以上"] };
        var status = new FieldChange { Field = "portalStatus", Old = "open", New = "pause" };
        var category = new FieldChange { Field = "category", Old = "", New = "研发" };

        Assert.Equal("requirement: −3年以上 +5年以上", FieldChangeText.Line(requirement));
        Assert.Equal("portalStatus: −open +pause", FieldChangeText.Line(status));
        Assert.Equal("category: +研发", FieldChangeText.Line(category));
    }

    [Fact]
    public void Line_LongDiff_CutAfterTheFirstLines()
    {
        var diff = Enumerable.Range(0, 10).Select(i => "+line " + i).ToArray();

        var line = FieldChangeText.Line(new FieldChange { Field = "description", Diff = diff });

        Assert.EndsWith("+line 5 …", line, StringComparison.Ordinal);
        Assert.DoesNotContain("line 6", line, StringComparison.Ordinal);
    }
}
