namespace Crawler.Portals.Shared;

/// <summary>The part of a built-in family's typed settings that <see cref="FamilyAdapter{TSettings}"/> reads itself.</summary>
public interface IFamilySettings
{
    /// <summary><c>detailReadySelector</c>, <c>detailContentSelector</c>: optional detail refinements.</summary>
    DetailSettings Detail { get; }
}
