using Crawler.Lab.Alibaba;
using Crawler.Lab.Atsx;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;
using Crawler.Lab.Moka;

namespace Crawler.Lab;

/// <summary>
/// One simulated careers site: its entry page, its ground truth, and the knobs tests turn. Each family
/// (ATSX and the Nimbus sites built on its store, Moka, Alibaba) supplies its own store; the site reads the
/// ground truth and applies mutations through it.
/// </summary>
public sealed class LabSite
{
    private readonly FaultInjector faults = new();
    private readonly AtsxSiteSpec? atsxSpec;
    private readonly AtsxPostingStore? atsxStore;
    private readonly MokaPostingStore? mokaStore;
    private readonly string pagePath;
    private readonly Func<IReadOnlyList<LabPosting>> groundTruth;
    private readonly Func<int, int, int, LabMutation> mutate;

    internal LabSite(AtsxSiteSpec spec, AtsxPostingStore store, IReadOnlyDictionary<string, string>? adapterSettings = null)
    {
        atsxSpec = spec;
        atsxStore = store;
        (Id, Company, Family, pagePath) = (spec.Id, spec.Company, spec.Family, spec.PagePath);
        AdapterSettings = adapterSettings ?? new Dictionary<string, string>();
        groundTruth = () => [.. store.Listed.Select(p => p.Posting)];
        mutate = store.Mutate;
        DetailSkin = Generation.DetailSkin.For(store.Seed, Id);
    }

    internal LabSite(MokaPostingStore store)
    {
        mokaStore = store;
        (Id, Company, Family, pagePath) = (store.Spec.Id, store.Spec.Company, "moka", store.Spec.PagePath);
        groundTruth = () => [.. store.Listed.Select(p => p.Posting)];
        mutate = store.Mutate;
        DetailSkin = Generation.DetailSkin.For(store.Seed, Id);
    }

    internal LabSite(AlibabaSiteSpec spec, AlibabaPostingStore store)
    {
        Alibaba = store;
        (Id, Company, Family, pagePath) = (spec.Id, spec.Company, "alibaba", spec.EntryPath);
        groundTruth = () => [.. store.Listed.Select(p => p.Posting)];
        mutate = store.Mutate;
        DetailSkin = Generation.DetailSkin.For(store.Seed, Id);
    }

    /// <summary>The site id, e.g. <c>bytedance-campus</c>, <c>deepseek</c>, <c>alibaba-tongyi</c>, <c>nimbus-api</c>.</summary>
    public string Id { get; }

    /// <summary>The firm: <c>ByteDance</c>, <c>MiniMax</c>, <c>DeepSeek</c>, <c>Moonshot</c>, <c>Zhipu</c>, <c>Alibaba</c>, or the fictional <c>Nimbus AI</c>.</summary>
    public string Company { get; }

    /// <summary>The crawler platform: <c>atsx</c>, <c>moka</c>, <c>alibaba</c>, or <c>declarative</c> for the Nimbus sites no built-in adapter knows.</summary>
    public string Family { get; }

    /// <summary>The listing page a person opens, e.g. <c>http://127.0.0.1:PORT/campus/position</c>.</summary>
    public Uri EntryUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What a crawler source needs beyond the URL: empty for the built-in families (the adapter reads the rest from the page); the declarative settings for Nimbus.</summary>
    public IReadOnlyDictionary<string, string> AdapterSettings { get; } = new Dictionary<string, string>();

    /// <summary>Faults injected into this site's API calls; <see cref="FaultPlan.None"/> by default. Setting a plan restarts its call counter.</summary>
    public FaultPlan Faults
    {
        get => faults.Plan;
        set => faults.Plan = value;
    }

    /// <summary>How a Nimbus board guards its list call against a replay; <see cref="ListCallGuard.None"/> by default. Read at each page load and call.</summary>
    public ListCallGuard ListCalls
    {
        get => ListGuard.Kind;
        set => ListGuard.Kind = value;
    }

    /// <summary>What the site has served so far.</summary>
    public LabStats Stats => Counters.Snapshot();

    internal AtsxSiteSpec Spec => atsxSpec ?? throw NotOfFamily("atsx");

    internal AtsxPostingStore Store => atsxStore ?? throw NotOfFamily("atsx");

    internal MokaPostingStore MokaStore => mokaStore ?? throw NotOfFamily("moka");

    /// <summary>The Alibaba family's postings; null for other families.</summary>
    internal AlibabaPostingStore? Alibaba { get; }

    internal LabStatsCounters Counters { get; } = new();

    /// <summary>The detail page's DOM names and structure for this seed (<see cref="Generation.DetailSkin"/>), as the page script reads them.</summary>
    internal System.Text.Json.Nodes.JsonObject DetailSkin { get; }

    internal FaultInjector FaultInjector => faults;

    internal Nimbus.NimbusListGuard ListGuard { get; } = new();

    /// <summary>Called once the tenant host knows its port.</summary>
    internal void Bind(Uri origin) => EntryUrl = new Uri(origin, pagePath);

    /// <summary>The postings currently listed, in the order the portal lists them.</summary>
    public IReadOnlyList<LabPosting> GroundTruth() => groundTruth();

    /// <summary>
    /// Adds, removes and edits postings (title, requirement, cities; Moka also description and open ↔ pause).
    /// Deterministic from the seed and the number of mutations so far. Returns the ids touched.
    /// </summary>
    public LabMutation Mutate(int add, int remove, int edit) => mutate(add, remove, edit);

    private InvalidOperationException NotOfFamily(string family) => new($"Lab site '{Id}' is a {Family} site, not {family}.");
}
