namespace Crawler.Lab.Alibaba;

/// <summary>The fixed shape of one Alibaba-family site: its host, its brand and what its requests carry.</summary>
/// <param name="Id">Lab site id, e.g. <c>alibaba-tongyi</c>.</param>
/// <param name="Host">The real host it imitates (shown in the page title and README).</param>
/// <param name="Brand">Title prefix the BU puts on every posting, e.g. <c>Token Foundry</c>, <c>千问事业部</c>.</param>
/// <param name="OffCampusChannel">The BU channel of <c>channelCodeMap.offCampus</c>, used by the detail call.</param>
/// <param name="DefaultSize">Postings generated when the lab options name no size.</param>
/// <param name="IsCampus">True for the campus-talent site (batches, <c>searchKey</c>, <c>X-XSRF-TOKEN</c>).</param>
/// <param name="Teams">Title suffixes naming the team (Qwen teams on Tongyi); empty = the first city.</param>
/// <param name="Batches">Campus batches; empty on social sites.</param>
internal sealed record AlibabaSiteSpec(
    string Id,
    string Host,
    string Brand,
    string OffCampusChannel,
    int DefaultSize,
    bool IsCampus,
    IReadOnlyList<string> Teams,
    IReadOnlyList<AlibabaBatch> Batches)
{
    public string Company => "Alibaba";

    /// <summary>The listing page a person opens.</summary>
    public string EntryPath => IsCampus ? "/campus/position" : "/off-campus/position-list?lang=zh";

    /// <summary>The channel the list body carries (the same on every social BU site).</summary>
    public string ListChannel => IsCampus ? "campus_group_official_site" : "group_official_site";
}
