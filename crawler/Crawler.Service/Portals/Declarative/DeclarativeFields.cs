namespace Crawler.Portals.Declarative;

/// <summary>
/// The posting fields a declarative source can map, as they appear in setting keys
/// (<c>api.field.{name}</c>, <c>dom.field.{name}</c>, <c>detail.field.{name}</c>).
/// </summary>
public static class DeclarativeFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Description = "description";
    public const string Requirement = "requirement";
    /// <summary>Every value found is one city.</summary>
    public const string Cities = "cities";
    /// <summary>Every value found is one level, root first (joined with " / ").</summary>
    public const string Category = "category";
    public const string RecruitType = "recruitType";
    public const string Url = "url";
    /// <summary>ISO 8601 text, or epoch seconds or milliseconds.</summary>
    public const string PublishedAt = "publishedAt";
    public const string Status = "status";

    public static IReadOnlyList<string> All { get; } =
        [Id, Title, Description, Requirement, Cities, Category, RecruitType, Url, PublishedAt, Status];
}
