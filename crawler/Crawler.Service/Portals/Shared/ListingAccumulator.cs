using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// What every family's listing pass gathers and how far it can be trusted: the postings by id (a repeated id
/// replaces the earlier copy and is announced once), pages fetched and failed, the errors, whether a total moved
/// or a cap was hit, partitions and notes; <see cref="Result"/> turns it into the <see cref="ListingResult"/>.
/// Each new posting goes to <see cref="CrawlSession.Listed"/> as soon as it is added. Safe to use from
/// concurrent calls (Moka completes rows a few at a time).
/// </summary>
public sealed partial class ListingAccumulator(CrawlSession session, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ObservedPosting> _postings = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly List<string> _notes = [];
    private int _pagesFailed;

    public bool TotalStable { get; private set; } = true;
    public bool CapHit { get; private set; }
    public int PagesFetched { get; set; }
    public int PagesFailed => Volatile.Read(ref _pagesFailed);
    public int Partitions { get; set; }

    public int Count
    {
        get
        {
            lock (_gate) return _postings.Count;
        }
    }

    /// <summary>The postings so far, in the order their ids were first seen.</summary>
    public IReadOnlyList<ObservedPosting> Postings
    {
        get
        {
            lock (_gate) return [.. _postings.Values];
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate) return [.. _errors];
        }
    }

    public bool Contains(string id)
    {
        lock (_gate) return _postings.ContainsKey(id);
    }

    /// <summary>Adds one posting; true when its id is new (then it is announced to <see cref="CrawlSession.Listed"/>).</summary>
    public bool Add(ObservedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        bool added;
        lock (_gate)
        {
            added = _postings.TryAdd(posting.PortalId, posting);
            if (!added) _postings[posting.PortalId] = posting;
        }

        if (added) session.Listed?.Invoke(posting);
        return added;
    }

    /// <summary>Adds one page's postings and reports progress; returns how many ids were new.</summary>
    public int Collect(IEnumerable<ObservedPosting> postings, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var added = 0;
        foreach (var posting in postings)
        {
            if (Add(posting)) added++;
        }

        Progress(total);
        return added;
    }

    public void Progress(int? total) => session.Progress?.Report(new CrawlProgress("listing", Count, total));

    /// <summary>The reported total changed between pages of one listing: the run cannot prove it saw everything.</summary>
    public void TotalMoved(int from, int to, string where, string scope = "")
    {
        TotalStable = false;
        Note($"{scope}total moved from {from} to {to} during the crawl ({where})");
    }

    /// <summary>A page or call failed after its retries: counted, kept as an error and logged.</summary>
    public void Fail(string what, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        Fail($"{what}: {ex.Message}");
        LogPageFailed(session.Source.Id, what, ex.Message);
    }

    /// <summary>A page answered but cannot be trusted (e.g. fewer rows than due): counted and kept as an error.</summary>
    public void Fail(string error)
    {
        Interlocked.Increment(ref _pagesFailed);
        lock (_gate) _errors.Add(error);
    }

    /// <summary>The portal's window or a configured limit cut the listing short.</summary>
    public void Cap(string note)
    {
        CapHit = true;
        Note(note);
    }

    public void Note(string note)
    {
        lock (_gate) _notes.Add(note);
    }

    /// <summary>The listing and its completeness evidence, with <paramref name="reportedTotal"/> as the portal's count.</summary>
    public ListingResult Result(int? reportedTotal)
    {
        lock (_gate)
        {
            var evidence = new CompletenessEvidence
            {
                ReportedTotal = reportedTotal, TotalStable = TotalStable, UniqueIds = _postings.Count, PagesFetched = PagesFetched,
                PagesFailed = PagesFailed, CapHit = CapHit, Partitions = Partitions, Notes = [.. _notes],
            };
            LogListed(session.Source.Id, _postings.Count, reportedTotal, PagesFetched, PagesFailed);
            return new ListingResult([.. _postings.Values], evidence, [.. _errors]);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "{SourceId}: {What} failed after retries: {Reason}")]
    private partial void LogPageFailed(string sourceId, string what, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "{SourceId}: listed {Unique} postings (reported total {Total}) on {Pages} pages ({Failed} failed)")]
    private partial void LogListed(string sourceId, int unique, int? total, int pages, int failed);
}
