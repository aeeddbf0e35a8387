using Crawler.Configuration;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Faults;

/// <summary>Invalid configuration stops start-up with a message naming the source and the field.</summary>
public sealed class ConfigurationFaultTests
{
    [Theory]
    [InlineData("EntryUrl", "ftp://jobs.example.com/", "entryUrl")]
    [InlineData("Platform", "workday", "platform")]
    [InlineData("Interval", "soon", "interval")]
    [InlineData("MissesBeforeGone", "0", "missesBeforeGone")]
    [InlineData("MaxRemovalShare", "1.5", "maxRemovalShare")]
    [InlineData("Cron", "every day", "cron")]
    [InlineData("AllowedHosts:0", "not a host!", "allowedHosts")]
    public void Load_InvalidField_FailsNamingTheSourceAndTheField(string key, string value, string field)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sources:0:Id"] = "good", ["Sources:0:Company"] = "A", ["Sources:0:Platform"] = "atsx", ["Sources:0:EntryUrl"] = "https://a.example/",
            ["Sources:1:Id"] = "bytedance-campus", ["Sources:1:Company"] = "ByteDance", ["Sources:1:Platform"] = "atsx",
            ["Sources:1:EntryUrl"] = "https://jobs.bytedance.com/campus/position",
        };
        settings["Sources:1:" + key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var error = Assert.Throws<SourceValidationException>(() => SourceCatalog.Load(configuration, TestFamilies.All));

        Assert.Contains("bytedance-campus", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'good'", error.Message, StringComparison.Ordinal);
    }
}
