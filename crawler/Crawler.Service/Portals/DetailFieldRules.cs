using Crawler.Model;

namespace Crawler.Portals;

/// <summary>
/// How one source reads its detail-only fields from a posting's detail answer, and how often unchanged postings
/// are checked again.
/// </summary>
/// <param name="Fields">The posting fields the detail answer supplies (e.g. <c>description</c>), for messages.</param>
/// <param name="RevalidateShare">
/// Share of the listed postings whose detail answer is fetched again each run although nothing in their list entry
/// changed, oldest reading first: every posting is read again within ⌈1 / share⌉ runs.
/// </param>
/// <param name="AnswerUrl">The detail answer's URL for a posting (fetched in the crawl's browser context, with its cookies).</param>
/// <param name="Read">
/// The listed posting with the fields the answer body carries (arguments: listed posting, body, where it came from).
/// Throws <see cref="PortalException"/> for an error answer or one that carries none of the fields.
/// </param>
/// <param name="CarryOver">The listed posting with the fields a previous run read (arguments: listed posting, stored posting).</param>
public sealed record DetailFieldRules(
    IReadOnlyList<string> Fields,
    double RevalidateShare,
    Func<ObservedPosting, Uri> AnswerUrl,
    Func<ObservedPosting, string, string, ObservedPosting> Read,
    Func<ObservedPosting, ObservedPosting, ObservedPosting> CarryOver)
{
    /// <summary>How the answer is asked for when it is not a plain GET (a POST with the posting's body); null: GET <see cref="AnswerUrl"/>.</summary>
    public Func<ObservedPosting, DetailRequest>? Request { get; init; }
}
