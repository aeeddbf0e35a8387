using Crawler.Alerts;
using Crawler.Resilience;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Resilience;

/// <summary>The retry settings shared by portal pages and alert deliveries: one set of limits, each area's own section and defaults.</summary>
public sealed class RetryOptionsTests
{
    [Fact]
    public void Validate_MaxRetriesAboveLimit_FailsInBothAreas()
    {
        var portal = new ResilienceOptionsValidator().Validate(null, new ResilienceOptions { MaxRetries = 21 });
        var alerts = new AlertOptionsAnnotationsValidator().Validate(null, new AlertOptions { MaxRetries = 21 });

        Assert.True(portal.Failed);
        Assert.Contains("MaxRetries", portal.FailureMessage, StringComparison.Ordinal);
        Assert.True(alerts.Failed);
        Assert.Contains("MaxRetries", alerts.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxRetryAfterAboveAnHour_Fails()
    {
        var result = new AlertOptionsAnnotationsValidator().Validate(null, new AlertOptions { MaxRetryAfter = TimeSpan.FromHours(2) });

        Assert.True(result.Failed);
        Assert.Contains("MaxRetryAfter", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_EachArea_KeepsItsOwn()
    {
        var portal = new ResilienceOptions();
        var alerts = new AlertOptions();

        Assert.Equal((4, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5)), (portal.MaxRetries, portal.BaseDelay, portal.MaxRetryAfter));
        Assert.Equal((4, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1)), (alerts.MaxRetries, alerts.BaseDelay, alerts.MaxRetryAfter));
    }

    [Fact]
    public void Bind_RetryKeysInEachSection_SetThatAreaOnly()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alerts:MaxRetries"] = "2",
            ["Alerts:MaxRetryAfter"] = "00:00:30",
            ["Crawler:Resilience:BaseDelay"] = "00:00:00.050",
        }).Build();

        var alerts = config.GetSection(AlertOptions.SectionName).Get<AlertOptions>()!;
        var portal = config.GetSection(ResilienceOptions.SectionName).Get<ResilienceOptions>()!;

        Assert.Equal((2, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), (alerts.MaxRetries, alerts.BaseDelay, alerts.MaxRetryAfter));
        Assert.Equal((4, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(5)), (portal.MaxRetries, portal.BaseDelay, portal.MaxRetryAfter));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Honours_RetryAfter_OnlyUpToTheLimit(int? seconds, bool expected)
    {
        var options = new AlertOptions { MaxRetryAfter = TimeSpan.FromMinutes(1) };

        Assert.Equal(expected, options.Honours(seconds is { } s ? TimeSpan.FromSeconds(s) : null));
    }
}
