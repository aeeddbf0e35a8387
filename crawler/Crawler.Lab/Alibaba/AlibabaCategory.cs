namespace Crawler.Lab.Alibaba;

/// <summary>A category (<c>技术类</c>) or a sub-category (<c>算法</c>) as <c>/category/list</c> gives it.</summary>
/// <param name="Id">The id the search filters take (<c>subCategories</c>, <c>categories</c>).</param>
/// <param name="Name">Chinese name.</param>
/// <param name="ParentId">Null for a top-level category.</param>
internal sealed record AlibabaCategory(string Id, string Name, string? ParentId);
