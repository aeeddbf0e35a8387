namespace Crawler.Analysis.Reporting;

/// <summary>
/// One city's weight under the study's 1/N rule (a posting in N cities adds 1/N to each) and its share
/// of all postings that name a city.
/// </summary>
public sealed record CityShare(string City, double Weight, double Share);
