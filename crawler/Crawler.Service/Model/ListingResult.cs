namespace Crawler.Model;

/// <summary>What an adapter's listing pass returns: the postings it saw and the evidence of completeness.</summary>
public sealed record ListingResult(
    IReadOnlyList<ObservedPosting> Postings,
    CompletenessEvidence Evidence,
    IReadOnlyList<string> Errors);
