using Crawler.Alerts;

namespace Crawler.Tests.Alerts;

public sealed class AlertOptionsValidatorTests
{
    private static string Failures(params AlertSinkOptions[] sinks) =>
        new AlertOptionsValidator().Validate(null, new AlertOptions { Sinks = [.. sinks] }).FailureMessage ?? "";

    [Fact]
    public void Validate_WebhookWithoutUrl_NamesSinkAndField()
    {
        var failures = Failures(new AlertSinkOptions { Name = "slack-bj", Type = "webhook" });

        Assert.Contains("Alerts:Sinks[0] 'slack-bj': Url is required for a webhook sink.", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedSecretUrl_NamesFieldWithoutValue()
    {
        var failures = Failures(new AlertSinkOptions { Name = "slack-bj", Type = "webhook", Url = "hooks.slack.com/services/T0/B0/SECRETX" });

        Assert.Contains("'slack-bj': Url is not an absolute http or https URL", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETX", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretFailures_HeaderFromUnsetVariable_NamesHeaderAndVariableButStartUpPasses()
    {
        var variable = "CRAWLER_TEST_UNSET_" + Guid.NewGuid().ToString("N");
        var sink = new AlertSinkOptions
        {
            Name = "ops", Type = "webhook", Url = "env:" + variable, Headers = new() { ["Authorization"] = "env:" + variable },
        };

        var atDelivery = AlertOptionsValidator.SecretFailures(new AlertOptions { Sinks = [sink] });

        Assert.Equal("", Failures(sink));
        Assert.Contains($"Alerts:Sinks[0] 'ops': Url refers to environment variable {variable}, which is not set.", atDelivery);
        Assert.Contains($"Alerts:Sinks[0] 'ops': Headers:Authorization refers to environment variable {variable}, which is not set.", atDelivery);
    }

    [Fact]
    public void Validate_DuplicateNamesUnknownTypeMissingPathBadDigest_AllNamed()
    {
        var failures = Failures(
            new AlertSinkOptions { Name = "a", Type = "file" },
            new AlertSinkOptions { Name = "a", Type = "pager" },
            new AlertSinkOptions { Name = "b", Type = "console", Digest = 0 });

        Assert.Contains("Alerts:Sinks[0] 'a': Path is required for a file sink.", failures, StringComparison.Ordinal);
        Assert.Contains("Alerts:Sinks[1] 'a': Name is used by another sink", failures, StringComparison.Ordinal);
        Assert.Contains("Alerts:Sinks[1] 'a': Type 'pager' is not one of webhook, email, file, console.", failures, StringComparison.Ordinal);
        Assert.Contains("Alerts:Sinks[2] 'b': Digest is 0; it must be 1 to 40.", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidSlackSinkFromEnvironment_Succeeds()
    {
        var variable = "CRAWLER_TEST_SLACK_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "https://hooks.slack.com/services/T0/B0/abc");
        try
        {
            var result = new AlertOptionsValidator().Validate(null, new AlertOptions
            {
                Sinks = [new AlertSinkOptions { Name = "slack", Type = "webhook", Url = "env:" + variable, Format = "slack" }],
            });

            Assert.True(result.Succeeded, result.FailureMessage);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
