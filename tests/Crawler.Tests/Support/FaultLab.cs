using Crawler.Lab;
using Crawler.Model;

namespace Crawler.Tests.Support;

/// <summary>Small lab sizes and short timeouts that keep the fault suite within a few minutes.</summary>
public static class FaultLab
{
    public static LabOptions Options(string site, int size) => new()
    {
        Seed = 17,
        SiteSizes = new Dictionary<string, int> { [site] = size },
        OnlySites = [site],
    };

    /// <summary>Fast retries, a 2 s cut for hanging answers, no snapshots unless a test wants them.</summary>
    public static Dictionary<string, string?> Configuration(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Crawler:Snapshots"] = "false",
            ["Crawler:Resilience:MaxRetries"] = "5",
            ["Crawler:Resilience:BaseDelay"] = "00:00:00.050",
            ["Crawler:Resilience:RequestTimeout"] = "00:00:02",
        };
        foreach (var (key, value) in overrides) settings[key] = value;
        return settings;
    }

    public static Func<SourceDefinition, SourceDefinition> PageSize(int size) =>
        s => s with { Settings = new Dictionary<string, string> { ["pageSize"] = size.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
}
