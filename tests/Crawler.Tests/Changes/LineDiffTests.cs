using Crawler.Changes;

namespace Crawler.Tests.Changes;

public sealed class LineDiffTests
{
    [Fact]
    public void Compute_OneLineEdited_RemovedThenAddedWithoutContext()
    {
        var diff = LineDiff.Compute("岗位要求：\n本科及以上\n3年以上经验\n熟悉 PyTorch", "岗位要求：\n本科及以上\n5年以上经验\n熟悉 PyTorch");

        Assert.Equal(["-3年以上经验", "+5年以上经验"], diff);
    }

    [Fact]
    public void Compute_EditsInTwoPlaces_TwoHunksInTextOrder()
    {
        var diff = LineDiff.Compute("a\nb\nc\nd\ne", "a\nB\nc\nd\ne\nf");

        Assert.Equal(["-b", "+B", "+f"], diff);
    }

    [Fact]
    public void Compute_LineMovedUp_OneRemovalAndOneAddition()
    {
        var diff = LineDiff.Compute("1\n2\n3\n4", "1\n4\n2\n3");

        Assert.Equal(2, diff.Count);
        Assert.Contains("+4", diff);
        Assert.Contains("-4", diff);
    }

    [Fact]
    public void Compute_FromOrToEmpty_EveryLineAddedOrRemoved()
    {
        Assert.Equal(["+x", "+y"], LineDiff.Compute("", "x\ny"));
        Assert.Equal(["-x"], LineDiff.Compute("x", ""));
        Assert.Empty(LineDiff.Compute("same\ntext", "same\ntext"));
    }

    [Fact]
    public void Compute_MiddleTooLargeForTheTable_ReplacedWhole()
    {
        var before = string.Join('\n', Enumerable.Range(0, 1100).Select(i => $"old {i}"));
        var after = string.Join('\n', Enumerable.Range(0, 1100).Select(i => i % 2 == 0 ? $"old {i}" : $"new {i}"));

        var diff = LineDiff.Compute("head\n" + before + "\ntail", "head\n" + after + "\ntail");

        Assert.Equal(2198, diff.Count);
        // "head" and "old 0" are common; the 1099 × 1099 lines after them exceed the table.
        Assert.Equal("-old 1", diff[0]);
        Assert.Equal("+new 1", diff[1099]);
        Assert.Equal("+new 1099", diff[^1]);
    }
}
