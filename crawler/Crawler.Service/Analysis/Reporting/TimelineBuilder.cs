using Crawler.Model;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// The weeks of the report over time, from the stored postings alone (first seen, last seen, status): the same
/// "open on a date" rule as <see cref="ReportOptions.AsOf"/>, applied at each week's end. Pure.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>A posting first seen within this time of its source's first sighting was already open when we started watching.</summary>
    public static readonly TimeSpan FirstCrawlWindow = TimeSpan.FromDays(1);

    public static IReadOnlyList<ReportWeek> Build(IReadOnlyCollection<StoredPosting> all, IReadOnlyList<string> firms, DateTimeOffset? asOf, int weeks)
    {
        if (all.Count == 0 || weeks <= 0) return [];
        var end = asOf ?? all.Max(p => p.LastSeen > p.FirstSeen ? p.LastSeen : p.FirstSeen);
        var firstWeek = Monday(all.Min(p => p.FirstSeen));
        var lastWeek = Monday(end);
        var start = new[] { firstWeek, lastWeek.AddDays(-7 * (weeks - 1)) }.Max();
        var sourceStart = all.GroupBy(p => p.SourceId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(p => p.FirstSeen), StringComparer.Ordinal);
        var order = firms.Concat(all.Select(p => p.Company).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Except(firms, StringComparer.Ordinal)).ToList();

        var result = new List<ReportWeek>();
        for (var week = start; week <= lastWeek; week = week.AddDays(7))
        {
            var from = new DateTimeOffset(week.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var to = from.AddDays(7);
            var cut = to.AddTicks(-1) < end ? to.AddTicks(-1) : end;
            result.Add(new ReportWeek(week, order.Select(firm =>
            {
                var mine = all.Where(p => p.Company == firm).ToList();
                var seen = mine.Where(p => p.FirstSeen >= from && p.FirstSeen < to && p.FirstSeen <= cut).ToList();
                var firstCrawl = seen.Count(p => p.FirstSeen - sourceStart[p.SourceId] < FirstCrawlWindow);
                var gone = mine.Count(p => p.Status == PostingStatus.Gone && p.LastSeen >= from && p.LastSeen < to && p.LastSeen <= cut);
                var open = mine.Count(p => p.FirstSeen <= cut && (p.Status == PostingStatus.Active || p.LastSeen >= cut));
                return new FirmWeek(firm, seen.Count - firstCrawl, gone, firstCrawl, open);
            }).ToList()));
        }

        return result;
    }

    /// <summary>The Monday (UTC) of the week holding <paramref name="at"/>.</summary>
    public static DateOnly Monday(DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
