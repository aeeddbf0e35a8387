using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Crawler.Tests.Support;

namespace Crawler.Tests.Deployment;

/// <summary>
/// The image recipe and the systemd unit, read as their tools read them: what ops rely on (non-root, an init
/// process, the health check on readiness, restarts, a stop that leaves the drain its time).
/// </summary>
public sealed partial class HostInstallFilesTests
{
    private static TimeSpan HostShutdownTimeout =>
        TimeSpan.Parse(JsonNode.Parse(DeployFiles.Text("crawler/Crawler.Service/appsettings.json"))!["Host"]!["ShutdownTimeout"]!.GetValue<string>(), CultureInfo.InvariantCulture);

    [Fact]
    public void Dockerfile_RuntimeStage_NonRootUnderTiniWithReadinessHealthCheckAndOneDataVolume()
    {
        var runtime = DeployFiles.Text("deploy/container/Dockerfile").Split("\nFROM ")[^1];
        var instructions = Instructions(runtime);

        Assert.StartsWith("debian:", runtime, StringComparison.Ordinal);
        Assert.Contains("chromium", instructions["RUN"][0], StringComparison.Ordinal);
        var user = Assert.Single(instructions["USER"]);
        Assert.DoesNotMatch("^(root|0)(:|$)", user);
        Assert.StartsWith("[\"/usr/bin/tini\", \"--\"", Assert.Single(instructions["ENTRYPOINT"]), StringComparison.Ordinal);
        Assert.Contains("/health/ready", Assert.Single(instructions["HEALTHCHECK"]), StringComparison.Ordinal);
        Assert.Contains("CRAWLER_Diagnostics__BindAddress=0.0.0.0", Assert.Single(instructions["ENV"]), StringComparison.Ordinal);
        var home = Regex.Match(instructions["ENV"][0], @"CRAWLER_HOME=(\S+)").Groups[1].Value;
        Assert.Equal($"[\"{home}/data\"]", Assert.Single(instructions["VOLUME"]));
        Assert.All(instructions["COPY"].Where(c => !c.StartsWith("--from", StringComparison.Ordinal)), c => Assert.True(File.Exists(DeployFiles.PathOf(c.Split(' ')[0])), c));
    }

    [Fact]
    public void SystemdUnit_RestartsOnFailure_DedicatedUser_StopLeavesTheDrainItsTime()
    {
        var service = Section(DeployFiles.Text("deploy/systemd/crawler.service"), "Service");

        Assert.Equal("on-failure", service["Restart"].Single());
        Assert.False(string.IsNullOrEmpty(service["User"].Single()));
        Assert.NotEqual("root", service["User"].Single());
        // mixed: SIGTERM to the worker alone (it closes its own Chromium), SIGKILL to the rest only after the timeout.
        Assert.Equal("mixed", service["KillMode"].Single());
        Assert.Equal("SIGTERM", service["KillSignal"].Single());
        Assert.True(TimeSpan.FromSeconds(int.Parse(service["TimeoutStopSec"].Single(), CultureInfo.InvariantCulture)) > HostShutdownTimeout);
        Assert.Equal("journal", service["StandardError"].Single());
        Assert.Contains(" run ", service["ExecStart"].Single(), StringComparison.Ordinal);
    }

    /// <summary>Dockerfile instructions of one stage by keyword, continuation lines joined, comments dropped.</summary>
    private static Dictionary<string, List<string>> Instructions(string stage)
    {
        var joined = Regex.Replace(string.Join('\n', stage.Split('\n').Where(l => !l.TrimStart().StartsWith('#'))), @"\\\n\s*", " ");
        return joined.Split('\n').Skip(1).Where(l => l.Length > 0 && char.IsUpper(l[0]))
            .Select(l => (Keyword: l.Split(' ')[0], Args: l[(l.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(i => i.Keyword).ToDictionary(g => g.Key, g => g.Select(i => i.Args).ToList());
    }

    /// <summary>The <c>Key=Value</c> lines of one [Section] of a unit file.</summary>
    private static Dictionary<string, List<string>> Section(string unit, string name) =>
        unit.Split('\n').SkipWhile(l => l.Trim() != $"[{name}]").Skip(1).TakeWhile(l => !l.StartsWith('['))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .GroupBy(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..])
            .ToDictionary(g => g.Key, g => g.ToList());
}
