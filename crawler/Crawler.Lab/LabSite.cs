using Crawler.Lab.Atsx;
using Crawler.Lab.Faults;
using Crawler.Lab.Hosting;

namespace Crawler.Lab;

/// <summary>One simulated careers site: its entry page, its ground truth, and the knobs tests turn.</summary>
public sealed class LabSite
{
    private readonly FaultInjector faults = new();

    internal LabSite(AtsxSiteSpec spec, AtsxPostingStore store, IReadOnlyDictionary<string, string>? adapterSettings = null)
    {
        Spec = spec;
        Store = store;
        AdapterSettings = adapterSettings ?? new Dictionary<string, string>();
    }

    /// <summary><c>bytedance-campus</c>, <c>bytedance-experienced</c>, <c>minimax-campus</c> or <c>minimax-social</c>.</summary>
    public string Id => Spec.Id;

    /// <summary><c>ByteDance</c> or <c>MiniMax</c>.</summary>
    public string Company => Spec.Company;

    /// <summary>The platform family: <c>atsx</c>, or <c>declarative</c> for the Nimbus sites no built-in adapter knows.</summary>
    public string Family => Spec.Family;

    /// <summary>The listing page a person opens, e.g. <c>http://127.0.0.1:PORT/campus/position</c>.</summary>
    public Uri EntryUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What a crawler source needs beyond the URL: empty for ATSX (the adapter reads the rest from the page); the declarative settings for Nimbus.</summary>
    public IReadOnlyDictionary<string, string> AdapterSettings { get; }

    /// <summary>Faults injected into this site's API calls; <see cref="FaultPlan.None"/> by default. Setting a plan restarts its call counter.</summary>
    public FaultPlan Faults
    {
        get => faults.Plan;
        set => faults.Plan = value;
    }

    /// <summary>What the site has served so far.</summary>
    public LabStats Stats => Counters.Snapshot();

    internal AtsxSiteSpec Spec { get; }

    internal AtsxPostingStore Store { get; }

    internal LabStatsCounters Counters { get; } = new();

    internal FaultInjector FaultInjector => faults;

    /// <summary>Called once the tenant host knows its port.</summary>
    internal void Bind(Uri origin) => EntryUrl = new Uri(origin, Spec.PagePath);

    /// <summary>The postings currently listed, newest first.</summary>
    public IReadOnlyList<LabPosting> GroundTruth() => [.. Store.Listed.Select(p => p.Posting)];

    /// <summary>
    /// Adds, removes and edits postings (title, requirement or cities). Deterministic from the seed and
    /// the number of mutations so far. Returns the ids touched.
    /// </summary>
    public LabMutation Mutate(int add, int remove, int edit) => Store.Mutate(add, remove, edit);
}
