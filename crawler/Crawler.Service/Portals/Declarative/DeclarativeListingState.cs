using Crawler.Model;
using Microsoft.Extensions.Logging;

namespace Crawler.Portals.Declarative;

/// <summary>
/// What one declarative listing pass has gathered and how far it can be trusted. Completeness: a reported
/// total when the configuration gives one; otherwise "end of list reached without a failure" counts only
/// when the source declares <c>completeWhenExhausted=true</c>.
/// </summary>
internal sealed partial class DeclarativeListingState(CrawlSession session, DeclarativeSettings settings, ILogger logger)
{
    private readonly Dictionary<string, ObservedPosting> _postings = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<string, int> _recoveries = new(StringComparer.Ordinal);

    public int? ReportedTotal { get; private set; }
    public bool TotalStable { get; private set; } = true;
    public bool Exhausted { get; set; }
    public bool CapHit { get; private set; }
    public int PagesFetched { get; set; }
    public int PagesFailed { get; private set; }
    public int Count => _postings.Count;

    /// <summary>Adds the postings of one page; returns how many ids were new.</summary>
    public int Collect(IEnumerable<ObservedPosting> postings)
    {
        var added = 0;
        foreach (var posting in postings)
        {
            if (_postings.TryAdd(posting.PortalId, posting)) added++;
            else _postings[posting.PortalId] = posting;
        }

        session.Progress?.Report(new CrawlProgress("listing", _postings.Count, ReportedTotal));
        return added;
    }

    public bool Contains(string id) => _postings.ContainsKey(id);

    public void Total(int total, int page)
    {
        if (ReportedTotal is { } before && before != total)
        {
            TotalStable = false;
            _notes.Add($"total moved from {before} to {total} during the crawl (page {page})");
        }

        ReportedTotal ??= total;
    }

    public void Fail(string what, Exception ex)
    {
        PagesFailed++;
        _errors.Add($"{what}: {ex.Message}");
        LogPageFailed(session.Source.Id, what, ex.Message);
    }

    public void Cap(string note)
    {
        CapHit = true;
        _notes.Add(note);
    }

    public void Note(string note) => _notes.Add(note);

    /// <summary>Counts one recovery of a failed page by <paramref name="how"/> (summarised once in the run's notes).</summary>
    public void Recovered(string how)
    {
        _recoveries[how] = _recoveries.GetValueOrDefault(how) + 1;
        LogRecovering(session.Source.Id, how);
    }

    public ListingResult Result()
    {
        var total = ReportedTotal;
        if (total is null && Exhausted && PagesFailed == 0)
        {
            if (settings.CompleteWhenExhausted)
            {
                total = _postings.Count;
                _notes.Add("no total on this portal: end of list reached without a failure, counted complete (completeWhenExhausted=true)");
            }
            else
            {
                _notes.Add("no total on this portal: end of list reached, but completeWhenExhausted is false, so the run is partial and nothing disappears");
            }
        }

        foreach (var (how, count) in _recoveries) _notes.Add($"recovered {count} failed page(s) by {how}");
        var evidence = new CompletenessEvidence
        {
            ReportedTotal = total, TotalStable = TotalStable, UniqueIds = _postings.Count,
            PagesFetched = PagesFetched, PagesFailed = PagesFailed, CapHit = CapHit, Notes = _notes,
        };
        LogListed(session.Source.Id, _postings.Count, PagesFetched, PagesFailed, total);
        return new ListingResult([.. _postings.Values], evidence, _errors);
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "{SourceId}: {What} failed after retries: {Reason}")]
    private partial void LogPageFailed(string sourceId, string what, string reason);

    [LoggerMessage(EventId = 2261, Level = LogLevel.Information, Message = "{SourceId}: a list page failed; recovering by {How}")]
    private partial void LogRecovering(string sourceId, string how);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "{SourceId}: declarative listing found {Count} postings on {Pages} pages ({Failed} failed); total {Total}")]
    private partial void LogListed(string sourceId, int count, int pages, int failed, int? total);
}
