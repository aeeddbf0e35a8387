using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// The adapter settings of an Alibaba-family source (<c>settings</c> in the sources file), read by <see cref="AlibabaSettingsValidator"/>.
/// </summary>
/// <param name="PageSize"><c>pageSize</c>: records per search call, 1–100. Default 100 (the UI uses 10).</param>
/// <param name="ListChannel"><c>channel</c>: the list body's channel. Default <c>group_official_site</c>, campus <c>campus_group_official_site</c>.</param>
/// <param name="Language"><c>language</c>. Default <c>zh</c>.</param>
/// <param name="ResultCap"><c>resultCap</c>: results one filter combination can return. Default 500 (careers.aliyun.com).</param>
/// <param name="Campus"><c>campus</c>: true for campus-talent (batches). Default: the entry path starts with <c>/campus/</c>.</param>
/// <param name="Batches"><c>batches</c>: comma-separated campus batch ids to crawl. Default: every batch listBatch offers.</param>
/// <param name="Detail"><c>detailReadySelector</c>, <c>detailContentSelector</c>: optional detail refinements.</param>
public sealed record AlibabaSettings(
    int PageSize, string ListChannel, string Language, int ResultCap, bool Campus, IReadOnlySet<string> Batches, DetailSettings Detail) : IFamilySettings;
