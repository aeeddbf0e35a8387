namespace Crawler.Lab.Alibaba;

/// <summary>One Alibaba BU host (careers-tongyi.alibaba.com, talent.quark.cn, …): one site, its sessions.</summary>
internal sealed class AlibabaTenant(LabSite site)
{
    private long forbiddenRolls;

    public LabSite Site { get; } = site;

    public AlibabaPostingStore Store { get; } = site.Alibaba ?? throw new ArgumentException($"{site.Id} is not an Alibaba site", nameof(site));

    public AlibabaSiteSpec Spec => Store.Spec;

    public AlibabaSessions Sessions { get; } = new();

    /// <summary>Whether this API call is refused with 403, as the Baxia anti-bot layer does (<see cref="FaultPlan.ForbiddenRate"/>).</summary>
    public bool Forbidden()
    {
        var plan = Site.Faults;
        return plan.ForbiddenRate > 0 &&
               Generation.StableHash.Unit(plan.Seed, "forbidden", Interlocked.Increment(ref forbiddenRolls)) < plan.ForbiddenRate;
    }
}
