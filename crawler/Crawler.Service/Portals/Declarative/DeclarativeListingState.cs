using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// What one declarative listing pass has gathered (in the shared <see cref="ListingAccumulator"/>) and how far it
/// can be trusted. Completeness: a reported total when the configuration gives one; otherwise "end of list reached
/// without a failure" counts only when the source declares <c>completeWhenExhausted=true</c>.
/// </summary>
internal sealed partial class DeclarativeListingState(CrawlSession session, DeclarativeSettings settings, ILogger logger)
{
    private readonly ListingAccumulator _listing = new(session, logger);
    private readonly Dictionary<string, int> _recoveries = new(StringComparer.Ordinal);

    public int? ReportedTotal { get; private set; }
    public bool Exhausted { get; set; }

    public int PagesFetched
    {
        get => _listing.PagesFetched;
        set => _listing.PagesFetched = value;
    }

    public int Count => _listing.Count;

    /// <summary>Adds the postings of one page; returns how many ids were new.</summary>
    public int Collect(IEnumerable<ObservedPosting> postings) => _listing.Collect(postings, ReportedTotal);

    public bool Contains(string id) => _listing.Contains(id);

    public void Total(int total, int page)
    {
        if (ReportedTotal is { } before && before != total) _listing.TotalMoved(before, total, $"page {page}");
        ReportedTotal ??= total;
    }

    public void Fail(string what, Exception ex) => _listing.Fail(what, ex);

    public void Cap(string note) => _listing.Cap(note);

    public void Note(string note) => _listing.Note(note);

    /// <summary>Counts one recovery of a failed page by <paramref name="how"/> (summarised once in the run's notes).</summary>
    public void Recovered(string how)
    {
        _recoveries[how] = _recoveries.GetValueOrDefault(how) + 1;
        LogRecovering(session.Source.Id, how);
    }

    public ListingResult Result()
    {
        var total = ReportedTotal;
        if (total is null && Exhausted && _listing.PagesFailed == 0)
        {
            if (settings.CompleteWhenExhausted)
            {
                total = _listing.Count;
                _listing.Note("no total on this portal: end of list reached without a failure, counted complete (completeWhenExhausted=true)");
            }
            else
            {
                _listing.Note("no total on this portal: end of list reached, but completeWhenExhausted is false, so the run is partial and nothing disappears");
            }
        }

        foreach (var (how, count) in _recoveries) _listing.Note($"recovered {count} failed page(s) by {how}");
        return _listing.Result(total);
    }

    [LoggerMessage(EventId = 2261, Level = LogLevel.Information, Message = "{SourceId}: a list page failed; recovering by {How}")]
    private partial void LogRecovering(string sourceId, string how);
}
