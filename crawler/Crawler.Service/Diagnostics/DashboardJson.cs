using System.Text.Encodings.Web;
using System.Text.Json;
using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Diagnostics;

/// <summary>
/// The JSON the dashboard page polls: <c>/api/overview</c> (sources with state, schedule, lease and the progress of
/// running runs; recent runs with their completeness evidence) and <c>/api/events</c> (the latest events through the
/// alert filter). Values go out as data; the page writes them with <c>textContent</c>, never as markup.
/// </summary>
public static class DashboardJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Escapes <, >, & and quotes too, so no value can close a script or an attribute even if misused.
        Encoder = JavaScriptEncoder.Default,
    };

    public static async Task<string> OverviewAsync(
        IReadOnlyList<SourceDefinition> sources, ICrawlStore store, RunWatchdog watchdog, string workerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = (await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var stored = (await store.ListRunProgressAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.SourceId, StringComparer.Ordinal);
        var local = watchdog.Running.Where(r => r.Last is not null).ToDictionary(r => r.SourceId, StringComparer.Ordinal);
        var rows = new List<object>();
        foreach (var source in sources)
        {
            var state = states.GetValueOrDefault(source.Id);
            var runs = await store.ListRunsAsync(source.Id, 1, cancellationToken).ConfigureAwait(false);
            var last = runs.Count > 0 ? runs[0] : null;
            var progress = local.TryGetValue(source.Id, out var watch) ? FromWatch(watch, workerId, now) : stored.GetValueOrDefault(source.Id);
            if (progress is not null && last is not null && last.Status != RunStatus.Running) progress = null;
            var lease = state?.LeaseHolder is { } holder && state.LeasedUntil > now ? holder : null;
            rows.Add(new
            {
                source.Id, source.Company, source.Platform,
                State = StateOf(state, progress, lease, now),
                Failures = state?.ConsecutiveFailures ?? 0,
                Quarantined = state?.Quarantined ?? false,
                Lease = lease, LeasedUntil = lease is null ? null : state?.LeasedUntil,
                NextDue = state?.NextDueAt,
                LastRun = last is null ? null : Run(last),
                Progress = progress is null ? null : new
                {
                    progress.Phase, progress.Done, progress.Total, progress.Failed, progress.PhaseSince, progress.WorkerId,
                    Text = RunProgressText.Describe(progress, now),
                },
            });
        }

        var recent = await store.ListRunsAsync(null, 25, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(new { Worker = workerId, Now = now, Sources = rows, Runs = recent.Select(Run) }, Json);
    }

    public static async Task<string> EventsAsync(ICrawlStore store, FeedQuery query, CancellationToken cancellationToken)
    {
        var items = await AtomFeed.LatestAsync(store, query, cancellationToken).ConfigureAwait(false);
        return JsonSerializer.Serialize(items.Select(i => new
        {
            i.Event.Sequence, Kind = i.Event.Kind.ToString().ToLowerInvariant(), i.Event.Company, i.Event.Title, i.Event.Cities,
            Key = i.Event.PostingKey, Url = SafeUrl(i.Event.Url), i.Event.CreatedAt, i.Event.SourceId,
            Changes = i.Event.Changes.Select(c => new { c.Field, c.Old, c.New, c.Diff }),
        }), Json);
    }

    /// <summary>Only http(s) links leave the page; anything else (javascript:, data:) is dropped.</summary>
    internal static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

    private static RunProgress FromWatch(RunWatch watch, string workerId, DateTimeOffset now) => new()
    {
        RunId = watch.RunId, SourceId = watch.SourceId, WorkerId = workerId, Phase = watch.Last!.Phase, Done = watch.Last.Done,
        Total = watch.Last.Total, Failed = watch.Last.Failed, StartedAt = watch.StartedAt, PhaseSince = watch.PhaseSince, UpdatedAt = now,
    };

    private static string StateOf(SourceState? state, RunProgress? progress, string? lease, DateTimeOffset now) =>
        state?.Quarantined == true ? "quarantined"
        : progress is not null || lease is not null ? "running"
        : state?.ConsecutiveFailures > 0 ? "failing"
        : state?.NextDueAt is not { } due || due <= now ? "due"
        : "scheduled";

    private static object Run(RunRecord run) => new
    {
        run.Id, Source = run.SourceId, Worker = run.WorkerId, run.StartedAt, run.FinishedAt, Status = run.Status.ToString().ToLowerInvariant(),
        run.Pages, run.Seen, run.New, run.Changed, run.Gone, run.Snapshots, run.Suspect, Errors = run.Errors.Take(3),
        Evidence = run.Evidence is not { } e ? null : new
        {
            e.ReportedTotal, e.UniqueIds, e.PagesFetched, e.PagesFailed, e.TotalStable, e.CapHit, Complete = e.IsComplete,
        },
    };
}
