using Crawler.Portals.Shared;

namespace Crawler.Portals.Atsx;

/// <summary>An ATSX source's adapter settings (the <c>settings</c> of a source), read by <see cref="AtsxSettingsValidator"/>.</summary>
/// <param name="PageSize"><c>pageSize</c>: posts per search page, 1–10,000 (the search window). Default 100.</param>
/// <param name="Detail"><c>detailReadySelector</c>, <c>detailContentSelector</c>: optional detail refinements.</param>
public sealed record AtsxSettings(int PageSize, DetailSettings Detail) : IFamilySettings;
