namespace Crawler.Analysis.Reporting;

/// <summary>Where the postings are, under the 1/N rule.</summary>
/// <param name="Cities">Top cities by weight; an "Other" row sums the rest.</param>
/// <param name="PostingsWithCity">Postings naming at least one city: the denominator of every share.</param>
/// <param name="PostingsWithoutCity">Postings without any city (left out of the shares).</param>
/// <param name="BeijingHangzhouShanghaiShare">Weight of Beijing + Hangzhou + Shanghai / postings with a city.</param>
/// <param name="BeijingListedShare">Postings listing Beijing (at all) / postings with a city.</param>
public sealed record CityDistribution(
    IReadOnlyList<CityShare> Cities,
    int PostingsWithCity,
    int PostingsWithoutCity,
    double? BeijingHangzhouShanghaiShare,
    double? BeijingListedShare);
