using Crawler.Snapshots;

namespace Crawler.Tests.Snapshots;

/// <summary>The rule across <see cref="DetailOptions"/> fields: the longest settle wait is not shorter than the settle time.</summary>
public sealed class DetailOptionsValidatorTests
{
    [Fact]
    public void Validate_MaxSettleShorterThanSettleTime_FailsNamingBoth()
    {
        var result = new DetailOptionsValidator().Validate(null, new DetailOptions { SettleTime = TimeSpan.FromSeconds(1), MaxSettle = TimeSpan.FromMilliseconds(500) });

        Assert.True(result.Failed);
        Assert.Contains("MaxSettle (00:00:00.5000000) must not be shorter than SettleTime (00:00:01)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxSettleEqualToSettleTime_Succeeds() =>
        Assert.True(new DetailOptionsValidator().Validate(null, new DetailOptions { SettleTime = TimeSpan.FromSeconds(1), MaxSettle = TimeSpan.FromSeconds(1) }).Succeeded);
}
