using Crawler.Model;

namespace Crawler.Portals;

/// <summary>
/// An adapter whose sources may read fields that the list answer lacks (a description, a requirement) from each
/// posting's own detail JSON answer. Those fields join the business hash; the crawl runner captures the answer
/// while rendering a snapshot and revalidates unchanged postings on a rolling share of each run.
/// </summary>
public interface IDetailFieldReader
{
    /// <summary>The source's detail-field rules; null when it reads nothing from the detail answer.</summary>
    DetailFieldRules? DetailFields(SourceDefinition source);
}
