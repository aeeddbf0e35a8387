namespace Crawler.Lab;

/// <summary>Ground truth of the fields a crawler derives from a posting's text.</summary>
/// <param name="MinYearsExperience">Lower bound of the stated experience (the Chinese figure when both languages state one); 0 for campus and intern postings; null when unstated.</param>
/// <param name="IsCampus">True for campus (new-grad) and intern postings.</param>
/// <param name="AreaTags">Research areas the text names, sorted, from the fixed vocabulary in <see cref="LabVocabulary.AreaTags"/>.</param>
/// <param name="GoToMarket">One of <c>b2b-sales</c>, <c>marketing</c>, <c>other-gtm</c>, <c>none</c>.</param>
public sealed record LabTruth(double? MinYearsExperience, bool IsCampus, IReadOnlyList<string> AreaTags, string GoToMarket);
