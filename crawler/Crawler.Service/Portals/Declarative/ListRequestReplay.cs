using System.Globalization;

namespace Crawler.Portals.Declarative;

/// <summary>
/// The page's own list call with its page field moved, sent by the page's own <c>fetch</c> instead of a click:
/// learned from two consecutive calls the page made for pages k and k+1, which must be the same call but for one
/// whole number that grew by one (a page number) or by the postings of a page (an offset). Two calls that differ
/// in anything else (a signature, a nonce, a timestamp) are not replayed: such a portal is paged by clicking.
/// </summary>
internal sealed class ListRequestReplay(ListRequest template, string url, string location, long atZero, long step)
{
    /// <summary>Where the page field is (<c>json:$.page</c>, <c>query:offset</c>, <c>form:pageNo</c>).</summary>
    public string Location { get; } = location;

    public long Step { get; } = step;

    public string Method => template.Method;

    public IReadOnlyDictionary<string, string> Headers => template.Headers;

    public string Credentials => template.Credentials;

    /// <summary>
    /// The replay that makes list page <paramref name="secondIndex"/> + n from the calls for pages
    /// <paramref name="secondIndex"/> − 1 and <paramref name="secondIndex"/>; null, with why in <paramref name="why"/>,
    /// when they are not one call with a page field.
    /// </summary>
    public static ListRequestReplay? Learn(ListRequest earlier, ListRequest later, string laterUrl, int secondIndex, int postingsOnEarlier, out string why)
    {
        if (earlier.Method != later.Method || earlier.Address != later.Address)
        {
            why = $"the list calls of two pages went to different places ({earlier.Method} {earlier.Address}, {later.Method} {later.Address})";
            return null;
        }

        var differing = earlier.Differences(later);
        if (differing.Count != 1)
        {
            why = differing.Count == 0
                ? "the list calls of two pages are identical (the page is not in their URL or body)"
                : $"the list calls of two pages differ in {differing.Count} fields ({string.Join(", ", differing.Take(4))}), not in a page number alone";
            return null;
        }

        var location = differing[0];
        if (location.Contains('?', StringComparison.Ordinal) ||
            !long.TryParse(earlier.Fields.GetValueOrDefault(location), NumberStyles.Integer, CultureInfo.InvariantCulture, out var before) ||
            !long.TryParse(later.Fields.GetValueOrDefault(location), NumberStyles.Integer, CultureInfo.InvariantCulture, out var after))
        {
            why = $"the list calls of two pages differ in {location}, which is not a whole number";
            return null;
        }

        var step = after - before;
        if (step != 1 && (step != postingsOnEarlier || step <= 0))
        {
            why = $"{location} went from {before} to {after}: neither the next page number nor an offset by the {postingsOnEarlier} postings of a page";
            return null;
        }

        why = "";
        return new ListRequestReplay(later, laterUrl, location, after - (secondIndex * step), step);
    }

    /// <summary>The URL and body of the call for list page <paramref name="index"/> (0 = the entry page).</summary>
    public (string Url, string? Body) Request(int index) => template.With(Location, atZero + (index * Step), url);

    public override string ToString() =>
        $"{Location}: {atZero.ToString(CultureInfo.InvariantCulture)} on the first page, {Step.ToString("+0;-0", CultureInfo.InvariantCulture)} a page";
}
