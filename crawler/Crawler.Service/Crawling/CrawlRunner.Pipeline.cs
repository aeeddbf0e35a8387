using System.Runtime.ExceptionServices;
using Crawler.Browsing;
using Crawler.Model;
using Crawler.Portals;
using Crawler.Storage;
using Microsoft.Playwright;

namespace Crawler.Crawling;

/// <summary>The attempt's pipeline: listing, plan and render stages running together (issue 14).</summary>
public sealed partial class CrawlRunner
{
    /// <summary>How long a stopped run waits for its render stage to let go (a save in flight) before closing the context.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The pipeline: the stored state is read first, then the listing feeds the render stage as postings arrive
    /// (<see cref="CrawlSession.Listed"/>); what the adapter did not stream is decided from the complete listing.
    /// A fault of either stage stops the other.
    /// </summary>
    private async Task<RunObservation> ListAndRenderAsync(
        SourceDefinition source, IPortalAdapter adapter, IBrowserContext context, RunWatch watch, CancellationToken cancellationToken)
    {
        var previous = await store.GetPostingsAsync(source.Id, cancellationToken).ConfigureAwait(false);
        if (!_options.Snapshots)
        {
            var listed = await adapter.ListAsync(NewSession(source, context, watch, null), cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
            ThrowIfDisconnected(context, "listing");
            listed = await revalidation.PrepareAsync(source, adapter, context, listed, previous, browser.Options.DetailParallelism, watch, cancellationToken)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            return new RunObservation(listed, previous, new Dictionary<string, SnapshotMark>(), null);
        }

        var now = time.GetUtcNow();
        var recent = await store.GetRecentSnapshotsAsync(source.Id, now - source.SnapshotMaxAge, cancellationToken).ConfigureAwait(false);
        var feed = new RenderFeed(source, adapter, previous, recent, details.Options, now, renders);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stage = new RenderStage(details, store, time, renders, new ProcessLoadProbe(time), logger,
            () => RenderContextAsync(source, context, stop.Token), source.Id, browser.Options.DetailParallelism, browser.Options.NavigationTimeout);
        var deciding = feed.RunAsync(stop.Token);
        var rendering = stage.RunAsync(feed.Work, watch, stop, () => feed.Total);
        // Detail-only fields must be carried over (and a share revalidated) before a posting is judged changed,
        // so such a source is decided from its complete listing, not streamed.
        var detailFields = revalidation.Applies(source, adapter);
        var streamed = !detailFields && adapter.RendersWhileListing(source);
        ListingResult listing;
        RenderStageResult rendered;
        try
        {
            listing = await adapter.ListAsync(NewSession(source, context, watch, streamed ? feed.Listed : null), stop.Token).WaitAsync(stop.Token).ConfigureAwait(false);
            ThrowIfDisconnected(context, "listing");
            if (detailFields)
            {
                listing = await revalidation.PrepareAsync(source, adapter, context, listing, previous, browser.Options.DetailParallelism, watch, stop.Token)
                    .WaitAsync(stop.Token).ConfigureAwait(false);
            }

            feed.ListingEnded(listing);
            await deciding.WaitAsync(cancellationToken).ConfigureAwait(false);
            rendered = await rendering.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The listing failed, the run was stopped, or a render fault cancelled the listing: stop both stages
            // before the context closes (what they stored stays, for the next run), and surface the render fault
            // when there was one, since it is the cause.
            await stop.CancelAsync().ConfigureAwait(false);
            await QuietlyAsync(Task.WhenAll(deciding, rendering)).ConfigureAwait(false);
            if (rendering.Exception?.InnerException is { } renderFault and not OperationCanceledException) ExceptionDispatchInfo.Throw(renderFault);
            throw;
        }

        ThrowIfDisconnected(context, "detail rendering");
        listing = revalidation.ApplyRendered(source, adapter, listing, rendered.Answers);
        var snapshots = new Dictionary<string, SnapshotMark>(feed.Resumed, StringComparer.Ordinal);
        foreach (var (key, mark) in rendered.Stored) snapshots[key] = mark;
        var failed = rendered.Report.Results.Count(r => r.Attempted);
        if (failed > 0) LogSnapshotFailures(source.Id, failed, rendered.Attempted);
        LogPipeline(source.Id, feed.Streamed, feed.AfterListing, rendered.Stored.Count, (long)rendered.StoreTime.TotalMilliseconds, feed.Resumed.Count, stage.PeakConcurrency);
        return new RunObservation(listing, previous, snapshots, feed.Queued == 0 ? null : rendered.Report);
    }

    /// <summary>
    /// A context for detail pages, with the listing context's cookies (what a session or consent the listing set up
    /// gives a person's next tab too); its pages load the posting's own URL, as a link opened in a new window does.
    /// </summary>
    private async Task<IBrowserContext> RenderContextAsync(SourceDefinition source, IBrowserContext listing, CancellationToken cancellationToken)
    {
        var own = await browser.NewContextAsync(new HostAllowList(source.Hosts()), cancellationToken).ConfigureAwait(false);
        try
        {
            var cookies = await listing.Guard().RunAsync("read cookies", () => listing.CookiesAsync()).ConfigureAwait(false);
            if (cookies.Count > 0) await own.Guard().RunAsync("copy cookies", () => own.AddCookiesAsync(cookies.Select(CookieOf))).ConfigureAwait(false);
            return own;
        }
        catch
        {
            await own.CloseQuietlyAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Cookie CookieOf(BrowserContextCookiesResult c) => new()
    {
        Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
    };

    /// <summary>Waits for stopped stages, but not for a browser call that never returns (the context is closed next).</summary>
    private static async Task QuietlyAsync(Task stages)
    {
        try
        {
            await stages.WaitAsync(StopGrace).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Their faults were seen above or do not matter any more: the run is ending.
        }
    }

    private CrawlSession NewSession(SourceDefinition source, IBrowserContext context, RunWatch watch, Action<ObservedPosting>? listed) => new()
    {
        Source = source, Browser = context, Logger = logger, Time = time, Progress = watch,
        Timeout = browser.Options.NavigationTimeout, Listed = listed,
    };
}
