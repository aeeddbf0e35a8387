using System.Globalization;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>The plain-text wording shared by every format: a headline per message and a line per posting.</summary>
public static class AlertText
{
    public static string Headline(AlertMessage message)
    {
        switch (message.Kind)
        {
            case AlertMessageKind.Test:
                return $"Test alert from crawler sink '{message.Sink}': the configuration works.";
            case AlertMessageKind.Event when message.Items.Count == 1:
                var change = message.Items[0].Event;
                return $"{KindPhrase(change.Kind)} at {change.Company}: {change.Title}";
            default:
                var companies = message.Items.GroupBy(i => i.Event.Company, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}"));
                var prefix = message.FirstCrawlSources.Count > 0
                    ? $"First crawl of {string.Join(", ", message.FirstCrawlSources)}: "
                    : "";
                return string.Create(CultureInfo.InvariantCulture, $"{prefix}{message.Items.Count} {Noun(message)} ({string.Join(", ", companies)})");
        }
    }

    /// <summary>Company, cities and kind of one posting, after its title.</summary>
    public static string Details(ChangeEvent change)
    {
        var parts = new List<string> { change.Company };
        if (change.Cities.Count > 0) parts.Add(string.Join(", ", change.Cities));
        parts.Add(change.Kind == ChangeKind.Changed && change.ChangedFields.Count > 0
            ? $"changed: {string.Join(", ", change.ChangedFields)}"
            : change.Kind.ToString().ToLowerInvariant());
        return string.Join(" · ", parts);
    }

    /// <summary>What changed, one line per field (<c>requirement: −3年以上 +5年以上</c>); empty when the event carries no diff.</summary>
    public static IReadOnlyList<string> ChangeLines(ChangeEvent change) => FieldChangeText.Lines(change.Changes);

    /// <summary>
    /// Says how many of the headline's count are listed: "showing 10 of 11 (1 more not listed)". A bare "and 1 more"
    /// after "11 posting changes" read as twelve.
    /// </summary>
    public static string MoreLine(AlertMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var listed = message.Items.Count - message.More;
        return string.Create(CultureInfo.InvariantCulture, $"showing {listed} of {message.Items.Count} ({message.More} more not listed)");
    }

    public static string KindPhrase(ChangeKind kind) => kind switch
    {
        ChangeKind.Appeared => "New posting",
        ChangeKind.Changed => "Posting changed",
        ChangeKind.Disappeared => "Posting removed",
        ChangeKind.Reappeared => "Posting back",
        _ => kind.ToString(),
    };

    private static string Noun(AlertMessage message) =>
        message.Items.All(i => i.Event.Kind == ChangeKind.Appeared) ? "new postings" : "posting changes";
}
