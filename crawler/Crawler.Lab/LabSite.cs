using Crawler.Lab.Alibaba;
using Crawler.Lab.Atsx;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab;

/// <summary>One simulated careers site: its entry page, its ground truth, and the knobs tests turn.</summary>
public sealed class LabSite
{
    private readonly FaultInjector faults = new();
    private readonly AtsxSiteSpec? atsxSpec;
    private readonly AtsxPostingStore? atsxStore;
    private readonly string pagePath;
    private readonly Func<IReadOnlyList<LabPosting>> groundTruth;
    private readonly Func<int, int, int, LabMutation> mutate;

    internal LabSite(AtsxSiteSpec spec, AtsxPostingStore store)
    {
        atsxSpec = spec;
        atsxStore = store;
        Id = spec.Id;
        Company = spec.Company;
        Family = "atsx";
        pagePath = spec.PagePath;
        groundTruth = () => [.. store.Listed.Select(p => p.Posting)];
        mutate = store.Mutate;
    }

    internal LabSite(AlibabaSiteSpec spec, AlibabaPostingStore store)
    {
        Alibaba = store;
        Id = spec.Id;
        Company = spec.Company;
        Family = "alibaba";
        pagePath = spec.EntryPath;
        groundTruth = () => [.. store.Listed.Select(p => p.Posting)];
        mutate = store.Mutate;
    }

    /// <summary>e.g. <c>bytedance-campus</c>, <c>minimax-social</c>, <c>alibaba-tongyi</c>, <c>alibaba-campus</c>.</summary>
    public string Id { get; }

    /// <summary><c>ByteDance</c>, <c>MiniMax</c> or <c>Alibaba</c>.</summary>
    public string Company { get; }

    /// <summary>The platform family, the crawler's platform name: <c>atsx</c> or <c>alibaba</c>.</summary>
    public string Family { get; }

    /// <summary>The listing page a person opens, e.g. <c>http://127.0.0.1:PORT/campus/position</c>.</summary>
    public Uri EntryUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What a crawler source needs beyond the URL. Empty: the adapter reads the rest from the page.</summary>
    public IReadOnlyDictionary<string, string> AdapterSettings { get; } = new Dictionary<string, string>();

    /// <summary>Faults injected into this site's API calls; <see cref="FaultPlan.None"/> by default. Setting a plan restarts its call counter.</summary>
    public FaultPlan Faults
    {
        get => faults.Plan;
        set => faults.Plan = value;
    }

    /// <summary>What the site has served so far.</summary>
    public LabStats Stats => Counters.Snapshot();

    internal AtsxSiteSpec Spec => atsxSpec ?? throw new InvalidOperationException($"Lab site {Id} is not an ATSX site.");

    internal AtsxPostingStore Store => atsxStore ?? throw new InvalidOperationException($"Lab site {Id} is not an ATSX site.");

    /// <summary>The Alibaba family's postings; null for other families.</summary>
    internal AlibabaPostingStore? Alibaba { get; }

    internal LabStatsCounters Counters { get; } = new();

    internal FaultInjector FaultInjector => faults;

    /// <summary>Called once the tenant host knows its port.</summary>
    internal void Bind(Uri origin) => EntryUrl = new Uri(origin, pagePath);

    /// <summary>The postings currently listed, newest first.</summary>
    public IReadOnlyList<LabPosting> GroundTruth() => groundTruth();

    /// <summary>
    /// Adds, removes and edits postings (title, requirement or cities). Deterministic from the seed and
    /// the number of mutations so far. Returns the ids touched.
    /// </summary>
    public LabMutation Mutate(int add, int remove, int edit) => mutate(add, remove, edit);
}
