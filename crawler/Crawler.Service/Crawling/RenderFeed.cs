using System.Threading.Channels;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Snapshots;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// Between the listing and the renderers. <see cref="Listed"/> takes each posting as the adapter lists it and never
/// blocks (the adapter may call it from a browser event, where waiting would stall the connection the renderers
/// use too); the decision stage then asks <see cref="SnapshotPolicy"/> against the stored previous state, skips
/// postings an interrupted run already stored a snapshot of, and writes the rest into a bounded channel of
/// <see cref="DetailOptions.QueueCapacity"/> details, waiting while it is full (backpressure). Postings waiting
/// for the decision stage are the listing's own objects (the listing result holds them anyway): a reference each.
/// <see cref="ListingEnded"/> hands over the complete listing, so postings the adapter never streamed are decided
/// then, exactly as before streaming existed; each key is decided once.
/// </summary>
internal sealed class RenderFeed
{
    private readonly Channel<(ObservedPosting Posting, bool Streamed)> _listed =
        Channel.CreateUnbounded<(ObservedPosting, bool)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<RenderItem> _work;
    private readonly HashSet<string> _decided = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SnapshotMark> _resumed = new(StringComparer.Ordinal);
    private readonly SourceDefinition _source;
    private readonly IPortalAdapter _adapter;
    private readonly IReadOnlyDictionary<string, StoredPosting> _previous;
    private readonly IReadOnlyDictionary<string, SnapshotMark> _recent;
    private readonly DetailOptions _options;
    private readonly DateTimeOffset _now;
    private readonly RenderConcurrency? _gauges;

    public RenderFeed(
        SourceDefinition source, IPortalAdapter adapter, IReadOnlyDictionary<string, StoredPosting> previous,
        IReadOnlyDictionary<string, SnapshotMark> recent, DetailOptions options, DateTimeOffset now, RenderConcurrency? gauges = null)
    {
        _source = source;
        _adapter = adapter;
        _previous = previous;
        _recent = recent;
        _options = options;
        _now = now;
        _gauges = gauges;
        _work = Channel.CreateBounded<RenderItem>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleWriter = true, FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>The details to render, in listing order; completes once the listing ended and every posting was decided.</summary>
    public ChannelReader<RenderItem> Work => _work.Reader;

    /// <summary>Postings whose snapshot an interrupted run already stored within the snapshot age: not rendered again.</summary>
    public IReadOnlyDictionary<string, SnapshotMark> Resumed => _resumed;

    /// <summary>Postings decided while the listing went on.</summary>
    public int Streamed { get; private set; }

    /// <summary>Postings decided only from the complete listing (the adapter did not stream them).</summary>
    public int AfterListing { get; private set; }

    /// <summary>Details handed to the renderers so far.</summary>
    public int Queued { get; private set; }

    /// <summary>All details this run renders, once every posting was decided (the listing ended); null until then. Thread-safe.</summary>
    public int? Total => Volatile.Read(ref _total) is var total and >= 0 ? total : null;

    private int _total = -1;

    /// <summary>The adapter's hook (<see cref="CrawlSession.Listed"/>): one posting as soon as it is listed.</summary>
    public void Listed(ObservedPosting posting) => _listed.Writer.TryWrite((posting, true));

    /// <summary>The listing is complete: decide what it holds that was not streamed, then let the renderers finish.</summary>
    public void ListingEnded(ListingResult listing)
    {
        foreach (var posting in listing.Postings) _listed.Writer.TryWrite((posting, false));
        _listed.Writer.TryComplete();
    }

    /// <summary>The decision stage; runs until the listing ended (or <paramref name="cancellationToken"/> stops it), then completes <see cref="Work"/>.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var (posting, streamed) in _listed.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var key = ChangeDetector.PostingKey(_source.Id, posting.PortalId);
                if (!_decided.Add(key)) continue;
                if (streamed) Streamed++;
                else AfterListing++;
                var before = _previous.GetValueOrDefault(key);
                if (!SnapshotPolicy.NeedsSnapshot(_source, before, posting, _now, _options)) continue;
                if (StoredSinceLastCommit(before, key) is { } mark)
                {
                    _resumed[key] = mark;
                    continue;
                }

                await _work.Writer.WriteAsync(new RenderItem(key, _adapter.GetDetailTarget(_source, posting)), cancellationToken).ConfigureAwait(false);
                Queued++;
                _gauges?.AddQueued(1);
            }

            Volatile.Write(ref _total, Queued);
        }
        finally
        {
            _work.Writer.TryComplete();
        }
    }

    /// <summary>
    /// A snapshot of the posting stored within the snapshot age and after the last committed run saw it: a run that
    /// rendered it and then died before its commit. Its detail shows the posting as listed since then.
    /// </summary>
    private SnapshotMark? StoredSinceLastCommit(StoredPosting? before, string key) =>
        _recent.TryGetValue(key, out var mark) && (before is null || mark.CapturedAt > before.LastSeen) && mark.Id != before?.SnapshotId
            ? mark
            : null;
}
