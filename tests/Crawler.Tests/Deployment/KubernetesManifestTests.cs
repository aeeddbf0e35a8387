using System.Text.Json.Nodes;
using Crawler.Configuration;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;
using static Crawler.Tests.Support.DeployFiles;

namespace Crawler.Tests.Deployment;

/// <summary>
/// The manifests under <c>deploy/k8s/</c> as <c>kubectl apply -k</c> would take them: every worker container
/// probed on the health endpoints it serves, sized, configured with real settings and given its secrets by
/// reference only.
/// </summary>
public sealed class KubernetesManifestTests
{
    private const string Folder = "deploy/k8s";

    private static List<string> Resources => List(Yaml($"{Folder}/kustomization.yaml"), "resources").Select(r => r.ToString()!).ToList();

    private static List<Dictionary<object, object>> Manifests => Resources.SelectMany(r => YamlDocuments($"{Folder}/{r}")).ToList();

    private static List<Dictionary<object, object>> Deployments => Manifests.Where(m => Scalar(m, "kind") == "Deployment").ToList();

    private static IEnumerable<(string Deployment, Dictionary<object, object> Container)> Containers =>
        Deployments.SelectMany(d => List(Map(Map(Map(d, "spec"), "template"), "spec"), "containers").Select(c => (Scalar(Map(d, "metadata"), "name")!, Map(c))));

    [Fact]
    public void Kustomization_ListsEveryManifestButTheSecretExample()
    {
        var files = Directory.GetFiles(PathOf(Folder), "*.yaml").Select(Path.GetFileName).Where(f => f != "kustomization.yaml" && f != "secret.example.yaml").Order();
        Assert.Equal(files, Resources.Order());
        Assert.Contains(Manifests, m => Scalar(m, "kind") == "PodDisruptionBudget");
        Assert.Contains(Manifests, m => Scalar(m, "kind") == "ConfigMap");
    }

    [Fact]
    public void EveryContainer_ProbesLiveAndReadyOnTheDiagnosticsPort_ThatBindsBeyondLoopback()
    {
        Assert.NotEmpty(Containers);
        foreach (var (deployment, container) in Containers)
        {
            var port = List(container, "ports").Select(Map).Single(p => Scalar(p, "name") == "diagnostics");
            Assert.Equal("9464", Scalar(port, "containerPort"));
            Assert.Equal("/health/live", Scalar(Map(Map(container, "livenessProbe"), "httpGet"), "path"));
            Assert.Equal("/health/ready", Scalar(Map(Map(container, "readinessProbe"), "httpGet"), "path"));
            Assert.Equal("diagnostics", Scalar(Map(Map(container, "livenessProbe"), "httpGet"), "port"));
            Assert.Equal("diagnostics", Scalar(Map(Map(container, "readinessProbe"), "httpGet"), "port"));
            Assert.True(Env(container).TryGetValue("CRAWLER_Diagnostics__BindAddress", out var bind) && bind == "0.0.0.0", $"{deployment}: probes cannot reach 127.0.0.1");
        }
    }

    [Fact]
    public void EveryContainer_HasCpuAndMemoryRequestsAndLimits()
    {
        foreach (var (deployment, container) in Containers)
        {
            var resources = Map(container, "resources");
            foreach (var kind in new[] { "requests", "limits" })
            {
                Assert.False(string.IsNullOrEmpty(Scalar(Map(resources, kind), "cpu")), $"{deployment}: {kind}.cpu");
                Assert.False(string.IsNullOrEmpty(Scalar(Map(resources, kind), "memory")), $"{deployment}: {kind}.memory");
            }
        }
    }

    [Fact]
    public void EveryContainer_TakesTheConnectionStringAndWebhookFromTheSecret_NeverInline()
    {
        var secret = Map(Yaml($"{Folder}/secret.example.yaml"), "stringData").Keys.Select(k => k.ToString()).ToHashSet();
        foreach (var (deployment, container) in Containers)
        {
            var env = List(container, "env").Select(Map).ToList();
            var connection = env.Single(e => Scalar(e, "name") == "CRAWLER_Storage__Mongo__ConnectionString");
            Assert.False(connection.ContainsKey("value"), $"{deployment}: connection string inline");
            var reference = Map(Map(connection, "valueFrom"), "secretKeyRef");
            Assert.Equal("crawler-secrets", Scalar(reference, "name"));
            Assert.Contains(Scalar(reference, "key"), secret);
            foreach (var fromSecret in env.Where(e => e.ContainsKey("valueFrom") && Map(e, "valueFrom").ContainsKey("secretKeyRef")))
            {
                Assert.Contains(Scalar(Map(Map(fromSecret, "valueFrom"), "secretKeyRef"), "key"), secret);
            }

            Assert.DoesNotContain(env, e => Scalar(e, "value")?.StartsWith("mongodb://", StringComparison.Ordinal) == true || Scalar(e, "value")?.StartsWith("https://", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public void EveryContainer_EnvironmentNamesRealSettings_WithAUniqueWorkerIdAndOneAlertDeliverer()
    {
        var deliverers = new List<string>();
        foreach (var (deployment, container) in Containers)
        {
            var env = Env(container);
            var workerId = List(container, "env").Select(Map).Single(e => Scalar(e, "name") == "CRAWLER_Crawler__WorkerId");
            Assert.Equal("metadata.name", Scalar(Map(Map(workerId, "valueFrom"), "fieldRef"), "fieldPath"));
            var configuration = DeployedSettings.FromEnvironment(env.ToDictionary(e => e.Key, e => (string?)(e.Value ?? "from-a-reference")));
            DeployedSettings.AssertEveryKeyIsRead(configuration, $"{Folder} {deployment}");
            DeployedSettings.AssertPassesStartupValidation(configuration, includingAlerts: false);
            if (configuration["Alerts:Enabled"] == "true") deliverers.Add(deployment);
        }

        var alerts = Assert.Single(deliverers);
        var spec = Map(Deployments.Single(d => Scalar(Map(d, "metadata"), "name") == alerts), "spec");
        Assert.Equal("1", Scalar(spec, "replicas"));
        Assert.Equal("Recreate", Scalar(Map(spec, "strategy"), "type"));
    }

    [Fact]
    public void DisruptionBudget_SelectsTheReplicatedWorkers()
    {
        var budget = Manifests.Single(m => Scalar(m, "kind") == "PodDisruptionBudget");
        var selector = Map(Map(Map(budget, "spec"), "selector"), "matchLabels");
        var selected = Deployments.Where(d =>
        {
            var labels = Map(Map(Map(Map(d, "spec"), "template"), "metadata"), "labels");
            return selector.All(l => labels.TryGetValue(l.Key, out var v) && Equals(v, l.Value));
        }).ToList();
        var replicas = int.Parse(Scalar(Map(Assert.Single(selected), "spec"), "replicas")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(replicas > int.Parse(Scalar(Map(budget, "spec"), "minAvailable")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SourcesConfigMap_IsTheRealSourcesFile_AndLoadsAsValidSources()
    {
        var map = Manifests.Single(m => Scalar(m, "kind") == "ConfigMap" && Scalar(Map(m, "metadata"), "name") == "crawler-sources");
        var json = Scalar(Map(map, "data"), "sources.json")!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Text("crawler/Crawler.Service/sources/real.json")), JsonNode.Parse(json)), "configmap-sources.yaml differs from sources/real.json");
        var sources = SourceCatalog.Load(new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build(), TestFamilies.All);
        Assert.NotEmpty(sources);
        foreach (var deployment in Deployments)
        {
            var volumes = List(Map(Map(Map(deployment, "spec"), "template"), "spec"), "volumes").Select(Map);
            Assert.Contains(volumes, v => v.TryGetValue("configMap", out var c) && Scalar(c, "name") == "crawler-sources");
        }
    }

    /// <summary>The container's variables; a value taken from a reference (secret, field) is null.</summary>
    private static Dictionary<string, string?> Env(Dictionary<object, object> container) =>
        List(container, "env").Select(Map).ToDictionary(e => Scalar(e, "name")!, e => Scalar(e, "value"));
}
