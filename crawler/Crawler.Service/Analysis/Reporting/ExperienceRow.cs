namespace Crawler.Analysis.Reporting;

/// <summary>Mean minimum years of experience of one firm (or "All firms").</summary>
/// <param name="Firm">The firm, or <see cref="StudyReportBuilder.AllFirms"/>.</param>
/// <param name="StudyMean">The study's rule: campus postings count as 0; postings with neither a stated
/// requirement nor campus status are excluded.</param>
/// <param name="StudyN">Postings behind <see cref="StudyMean"/>.</param>
/// <param name="ExplicitMean">Only postings whose text states a figure (or "no experience required").</param>
/// <param name="ExplicitN">Postings behind <see cref="ExplicitMean"/>.</param>
public sealed record ExperienceRow(string Firm, double? StudyMean, int StudyN, double? ExplicitMean, int ExplicitN);
