using Crawler.Snapshots;

namespace Crawler.Tests.Snapshots;

/// <summary>When a run's details keep failing, rendering stops and says why.</summary>
public sealed class DetailBudgetTests
{
    [Fact]
    public void Record_FailuresInARowReachTheLimit_StopsNamingTheSettingAndTheLastError()
    {
        var budget = new DetailBudget(new DetailOptions { MaxConsecutiveFailures = 3 });

        budget.Record(false, "a");
        budget.Record(false, "b");
        Assert.Null(budget.StoppedReason);
        budget.Record(false, "answered HTTP 500, page http://x/3");

        Assert.Contains("3 failures in a row (Crawler:Details:MaxConsecutiveFailures = 3)", budget.StoppedReason, StringComparison.Ordinal);
        Assert.EndsWith("last: answered HTTP 500, page http://x/3", budget.StoppedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_SuccessBetweenFailures_RestartsTheRun()
    {
        var budget = new DetailBudget(new DetailOptions { MaxConsecutiveFailures = 2, MinAttemptsForShare = 100 });

        foreach (var ok in new[] { false, true, false, true, false, true }) budget.Record(ok, ok ? null : "e");

        Assert.Null(budget.StoppedReason);
    }

    [Fact]
    public void Record_FailureShareAboveTheThreshold_StopsOnceEnoughWereTried()
    {
        var budget = new DetailBudget(new DetailOptions { MaxConsecutiveFailures = 100, MaxFailureShare = 0.5, MinAttemptsForShare = 10 });

        for (var i = 0; i < 9; i++) budget.Record(i % 3 != 0, "e"); // 3 of 9 failed
        Assert.Null(budget.StoppedReason);
        for (var i = 0; i < 6; i++) budget.Record(i % 3 == 0, "e");  // 4 more of 6: 7 of 15

        Assert.Null(budget.StoppedReason);
        budget.Record(false, "e");                                      // 8 of 16 is not above half
        Assert.Null(budget.StoppedReason);
        budget.Record(false, "e");                                      // 9 of 17 is

        Assert.Contains("9 of 17 details failed, above the share 0.5", budget.StoppedReason, StringComparison.Ordinal);
    }
}
