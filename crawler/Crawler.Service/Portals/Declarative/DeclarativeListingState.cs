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
    private (string How, int Pages)? _replayed;

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

    /// <summary>Notes whether the list call is replayed (<paramref name="how"/>) or why not.</summary>
    public void ReplayDecided(string? how, string why)
    {
        if (how is null)
        {
            _listing.Note($"list pages clicked, not replayed: {why}");
            LogNotReplayed(session.Source.Id, why);
        }
        else
        {
            LogReplaying(session.Source.Id, how);
        }
    }

    /// <summary>Counts one list page fetched by the replayed list call (summarised once in the run's notes).</summary>
    public void PageReplayed(string how) => _replayed = (how, (_replayed?.Pages ?? 0) + 1);

    public void ReplayStopped(int page, string why)
    {
        _listing.Note($"stopped replaying the list call at page {page} ({why}); paged by clicking from there");
        LogReplayStopped(session.Source.Id, page, why);
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

        if (_replayed is var (by, pages)) _listing.Note($"{pages} list page(s) fetched by replaying the page's own list call ({by}) instead of clicking");
        foreach (var (how, count) in _recoveries) _listing.Note($"recovered {count} failed page(s) by {how}");
        return _listing.Result(total);
    }

    [LoggerMessage(EventId = 2261, Level = LogLevel.Information, Message = "{SourceId}: a list page failed; recovering by {How}")]
    private partial void LogRecovering(string sourceId, string how);

    [LoggerMessage(EventId = 2262, Level = LogLevel.Information, Message = "{SourceId}: later list pages are fetched by replaying the page's own list call ({How}) instead of clicking")]
    private partial void LogReplaying(string sourceId, string how);

    [LoggerMessage(EventId = 2263, Level = LogLevel.Information, Message = "{SourceId}: list pages are clicked, not replayed: {Why}")]
    private partial void LogNotReplayed(string sourceId, string why);

    [LoggerMessage(EventId = 2264, Level = LogLevel.Warning, Message = "{SourceId}: stopped replaying the list call at page {Page} ({Why}); paging by clicking from there")]
    private partial void LogReplayStopped(string sourceId, int page, string why);
}
