using System.Text.RegularExpressions;
using Crawler.Tests.Support;
using static Crawler.Tests.Support.DeployFiles;

namespace Crawler.Tests.Deployment;

/// <summary>
/// <c>deploy/compose/compose.yaml</c> as docker compose reads it (anchors and merge keys resolved): a 3-node
/// replica set that is initiated before any worker starts, and two workers on it, one delivering alerts.
/// </summary>
public sealed partial class ComposeFileTests
{
    private const string ComposePath = "deploy/compose/compose.yaml";

    private static Dictionary<object, object> Services => Map(Yaml(ComposePath), "services");

    private static IEnumerable<KeyValuePair<object, object>> Workers =>
        Services.Where(s => Map(s.Value).TryGetValue("build", out var build) && Scalar(build, "dockerfile") == "deploy/container/Dockerfile");

    [Fact]
    public void ReplicaSet_ThreeMongodNodes_AllStartedAsMembersOfTheSetTheInitScriptInitiates()
    {
        var nodes = Services.Where(s => IsMongod(s.Value)).ToList();
        var script = Text("deploy/compose/mongo-init.js");
        var setName = SetIdPattern().Match(script).Groups[1].Value;
        var members = MemberHostPattern().Matches(script).Select(m => m.Groups[1].Value).Order().ToList();

        Assert.Equal(3, nodes.Count);
        Assert.Equal("rs0", setName);
        foreach (var node in nodes)
        {
            var command = List(node.Value, "command").Select(c => c.ToString()).ToList();
            Assert.Equal(setName, command[command.IndexOf("--replSet") + 1]);
            Assert.Contains("--bind_ip_all", command);
        }

        Assert.Equal(nodes.Select(n => Scalar(n.Value, "hostname") + ":27017").Order(), members);
    }

    [Fact]
    public void InitStep_WaitsForHealthyNodesAndRunsOnce_WorkersStartOnlyAfterItSucceeded()
    {
        var init = Map(Services["mongo-init"]);
        var dependsOn = Map(init["depends_on"]);
        var nodes = Services.Where(s => IsMongod(s.Value)).Select(s => s.Key.ToString()).Order();

        Assert.Equal(nodes, dependsOn.Keys.Select(k => k.ToString()).Order());
        Assert.All(dependsOn.Values, d => Assert.Equal("service_healthy", Scalar(d, "condition")));
        Assert.Equal("no", Scalar(init, "restart"));
        Assert.Contains(List(init, "volumes").Select(v => v.ToString()), v => v!.StartsWith("./mongo-init.js:", StringComparison.Ordinal));
        Assert.All(Workers, w => Assert.Equal("service_completed_successfully", Scalar(Map(Map(w.Value, "depends_on"), "mongo-init"), "condition")));
    }

    [Fact]
    public void Workers_TwoOnTheReplicaSet_DistinctIdsAndExactlyOneDeliversAlerts()
    {
        var workers = Workers.ToList();
        var environments = workers.Select(w => Map(w.Value, "environment").ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString())).ToList();
        var nodes = Services.Where(s => IsMongod(s.Value)).Select(s => Scalar(s.Value, "hostname") + ":27017").Order();

        Assert.Equal(2, workers.Count);
        Assert.Equal(2, environments.Select(e => e["CRAWLER_Crawler__WorkerId"]).Distinct().Count());
        Assert.Single(environments, e => e["CRAWLER_Alerts__Enabled"] == "true");
        foreach (var environment in environments)
        {
            Assert.Equal("mongodb", environment["CRAWLER_Storage__Provider"]);
            var uri = ComposeDefault(environment["CRAWLER_Storage__Mongo__ConnectionString"]!);
            var hosts = uri["mongodb://".Length..uri.IndexOf('/', "mongodb://".Length)].Split(',').Order();
            Assert.Equal(nodes, hosts);
            Assert.Contains("replicaSet=rs0", uri, StringComparison.Ordinal);
            Assert.Equal("0.0.0.0", environment["CRAWLER_Diagnostics__BindAddress"]);
        }
    }

    [Fact]
    public void Workers_EnvironmentNamesRealSettings_AndPassesStartupValidation()
    {
        foreach (var worker in Workers)
        {
            var environment = Map(worker.Value, "environment").ToDictionary(e => e.Key.ToString()!, e => (string?)ComposeDefault(e.Value?.ToString() ?? ""));
            var configuration = DeployedSettings.FromEnvironment(environment);
            DeployedSettings.AssertEveryKeyIsRead(configuration, $"{ComposePath} {worker.Key}");
            DeployedSettings.AssertPassesStartupValidation(configuration, includingAlerts: true);
        }
    }

    [Fact]
    public void Workers_StopGracePeriod_LongerThanTheWorkersShutdownDeadline()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(Text("crawler/Crawler.Service/appsettings.json"))!;
        var shutdown = TimeSpan.Parse(settings["Host"]!["ShutdownTimeout"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(Workers, w => Assert.True(Seconds(Scalar(w.Value, "stop_grace_period")!) > shutdown.TotalSeconds, $"{w.Key}: stop_grace_period must exceed Host:ShutdownTimeout {shutdown}"));
    }

    [Fact]
    public void Prometheus_OptionalProfile_ScrapesEveryWorkerAndLoadsTheRules()
    {
        var prometheus = Map(Services["prometheus"]);
        var config = Yaml("deploy/compose/prometheus/prometheus.yml");
        var targets = List(config, "scrape_configs").SelectMany(j => List(j, "static_configs")).SelectMany(s => List(s, "targets")).Select(t => t.ToString()).Order();
        var mounts = List(prometheus, "volumes").Select(v => v.ToString()!).ToList();

        Assert.Equal(["monitoring"], List(prometheus, "profiles").Select(p => p.ToString()));
        Assert.Equal(Workers.Select(w => Scalar(w.Value, "hostname") + ":9464").Order(), targets);
        Assert.Contains("alerts.yml", List(config, "rule_files").Select(r => r.ToString()));
        Assert.Contains(mounts, m => m.StartsWith("./prometheus/alerts.yml:/etc/prometheus/alerts.yml", StringComparison.Ordinal));
        Assert.Contains(mounts, m => m.StartsWith("./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml", StringComparison.Ordinal));
    }

    private static bool IsMongod(object service) =>
        Map(service).TryGetValue("command", out var command) && command is List<object> words && words.FirstOrDefault()?.ToString() == "mongod";

    /// <summary>The value compose uses when the variable is unset: <c>${NAME:-default}</c> becomes <c>default</c>.</summary>
    private static string ComposeDefault(string value) => DefaultPattern().Replace(value, m => m.Groups[1].Value);

    private static double Seconds(string duration) => duration.EndsWith('s') ? double.Parse(duration[..^1], System.Globalization.CultureInfo.InvariantCulture) : throw new FormatException(duration);

    [GeneratedRegex(@"_id:\s*""([^""]+)""")]
    private static partial Regex SetIdPattern();

    [GeneratedRegex(@"host:\s*""([^""]+)""")]
    private static partial Regex MemberHostPattern();

    [GeneratedRegex(@"\$\{[A-Z_]+:-([^}]*)\}")]
    private static partial Regex DefaultPattern();
}
