using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>A Moka source's adapter settings (the <c>settings</c> of a source), read by <see cref="MokaSettingsValidator"/>.</summary>
/// <param name="PageSize"><c>pageSize</c>: rows per <c>jobs/v2</c> call, 1–50 (the server's maximum). Default 50.</param>
/// <param name="PageDelay"><c>pageDelay</c>: pause between list pages; crawlers of the real site waited at least 250 ms. Default 250 ms.</param>
/// <param name="DetailConcurrency"><c>detailConcurrency</c>: <c>website/job</c> calls at once when rows lack list fields, 1–16. Default 4.</param>
/// <param name="Detail"><c>detailReadySelector</c>, <c>detailContentSelector</c>: optional detail refinements.</param>
public sealed record MokaSettings(int PageSize, TimeSpan PageDelay, int DetailConcurrency, DetailSettings Detail) : IFamilySettings
{
    public const int MaxPageSize = 50;
}
