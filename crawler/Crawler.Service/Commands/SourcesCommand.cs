using System.CommandLine;
using Crawler.Configuration;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary><c>sources list</c>, <c>sources validate</c>, <c>sources crawl-now ID</c> and <c>sources release ID</c>.</summary>
public static class SourcesCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("sources", "List, validate or steer the configured sources");
        var validate = new Command("validate", "Check the sources configuration; exit 1 with every problem named by source and field");
        HostedVerb.SetAction(validate, common, readOnlyStore: false, (_, host, _) =>
        {
            // No sources is an error here as it is for crawl: a worker with nothing to crawl is a mistake.
            var sources = CrawlCommand.Select(SourceCatalog.Load(host.Services), null);
            Console.Out.WriteLine($"{sources.Count} source(s) valid: {string.Join(", ", sources.Select(s => s.Id))}");
            return Task.FromResult(0);
        });

        var list = new Command("list", "Show each source with its state: active postings, last run and its status, failures, next due, lease, quarantine");
        HostedVerb.SetAction(list, common, readOnlyStore: true, async (_, host, cancellationToken) =>
        {
            var sources = SourceCatalog.Load(host.Services);
            var store = await HostedVerb.OpenStoreAsync(host, cancellationToken).ConfigureAwait(false);
            var states = (await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var progress = (await store.ListRunProgressAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.SourceId);
            var rows = new List<string[]> { new[] { "source", "company", "platform", "postings", "last run", "status", "progress", "fails", "next due", "lease", "quarantined" } };
            foreach (var s in sources)
            {
                var st = states.GetValueOrDefault(s.Id);
                var runs = await store.ListRunsAsync(s.Id, 1, cancellationToken).ConfigureAwait(false);
                var last = runs.Count > 0 ? runs[0] : null;
                var active = (await store.GetPostingsAsync(s.Id, cancellationToken).ConfigureAwait(false)).Values.Count(p => p.Status == PostingStatus.Active);
                var lease = st?.LeaseHolder is { } holder && st.LeasedUntil > now ? holder : "-";
                rows.Add([s.Id, s.Company, s.Platform, active.ToString(System.Globalization.CultureInfo.InvariantCulture), Fmt(last?.StartedAt),
                    last?.Status.ToString().ToLowerInvariant() ?? "-",
                    last?.Status == RunStatus.Running && progress.GetValueOrDefault(s.Id) is { } p && p.RunId == last.Id ? RunProgressText.Describe(p, now) : "-",
                    (st?.ConsecutiveFailures ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Fmt(st?.NextDueAt), lease, st?.Quarantined == true ? "yes" : "no"]);
            }

            foreach (var line in TextTable.Format(rows, 3, 7)) Console.Out.WriteLine(line);
            return 0;
        });
        command.Subcommands.Add(validate);
        command.Subcommands.Add(list);
        command.Subcommands.Add(Steer(common, "crawl-now", "Make a source due now; a running worker picks it up at its next poll", SourceControl.CrawlNowAsync));
        command.Subcommands.Add(Steer(common, "release", "Lift a source's quarantine, reset its failures, take over its lease (left by a killed worker) and make it due now", SourceControl.ReleaseAsync));
        return command;
    }

    private static Command Steer(CommonOptions common, string name, string description, Func<ICrawlStore, string, DateTimeOffset, CancellationToken, Task<SourceState>> change)
    {
        var id = new Argument<string>("id") { Description = "Source id (see sources list)" };
        var command = new Command(name, description) { id };
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            var configured = SourceCatalog.Load(host.Services);
            CrawlCommand.Select(configured, [result.GetValue(id)!]);
            var store = await HostedVerb.OpenStoreAsync(host, cancellationToken).ConfigureAwait(false);
            await store.UpsertSourcesAsync(configured, cancellationToken).ConfigureAwait(false);
            try
            {
                var state = await change(store, result.GetValue(id)!, host.Services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken).ConfigureAwait(false);
                var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                // A running source keeps the request: its schedule stage makes it due again when the run ends (QueuedCrawl).
                var queued = state.LeaseHolder is { } holder && state.LeasedUntil > now ? $"; running now on {holder}: queued, it is crawled again as soon as that run ends" : "";
                Console.Out.WriteLine($"{state.SourceId}: due {Fmt(state.NextDueAt)}, failures {state.ConsecutiveFailures}, quarantined {(state.Quarantined ? "yes (use sources release)" : "no")}{queued}");
                return 0;
            }
            catch (KeyNotFoundException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }

    private static string Fmt(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
