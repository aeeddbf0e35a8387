using Crawler.Alerts;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.AspNetCore.Http;

namespace Crawler.Diagnostics;

/// <summary>
/// What <c>/feed.atom</c> was asked for: the alert sinks' filter, from query parameters of the same names
/// (<c>kind company source city track keyword area</c>, each repeatable or comma-separated) and how many
/// entries (<c>limit</c>, 1–500, default 50). As for sinks, no <c>kind</c> means appeared only.
/// </summary>
public sealed record FeedQuery(AlertFilterOptions Filter, int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    /// <summary>The query, or an error message naming the bad parameter.</summary>
    public static (FeedQuery? Query, string? Error) Parse(IQueryCollection query)
    {
        var filter = new AlertFilterOptions
        {
            Companies = Values(query, "company"),
            Sources = Values(query, "source"),
            Cities = Values(query, "city"),
            Keywords = Values(query, "keyword"),
            AreaTags = Values(query, "area"),
        };
        foreach (var kind in Values(query, "kind"))
        {
            if (!Enum.TryParse<ChangeKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return (null, $"kind '{kind}' is not one of appeared, changed, disappeared, reappeared");
            filter.Kinds.Add(parsed);
        }

        foreach (var track in Values(query, "track"))
        {
            if (!Enum.TryParse<RecruitTrack>(track, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                return (null, $"track '{track}' is not one of campus, intern, experienced, unknown");
            filter.Tracks.Add(parsed);
        }

        var limit = DefaultLimit;
        if (query.TryGetValue("limit", out var text) && (!int.TryParse(text, out limit) || limit is < 1 or > MaxLimit))
            return (null, $"limit '{text}' is not a number from 1 to {MaxLimit}");
        return (new FeedQuery(filter, limit), null);
    }

    private static List<string> Values(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
}
