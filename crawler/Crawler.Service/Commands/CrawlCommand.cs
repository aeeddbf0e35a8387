using System.CommandLine;
using Crawler.Changes;
using Crawler.Configuration;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary><c>crawl</c>: crawl sources once, now, and print the events as JSON lines.</summary>
public static class CrawlCommand
{
    public static Command Create(CommonOptions common)
    {
        var only = new Option<string[]>("--source", "-s") { Description = "Only these source ids (repeatable; default: all enabled sources)", AllowMultipleArgumentsPerToken = true };
        var revalidate = new Option<bool>("--revalidate-details") { Description = "Read every posting's detail answer again in this run (sources with detail.api.* fields), instead of the rolling share" };
        var command = new Command("crawl", "Crawl sources once, now, and print their change events as JSON lines") { only, revalidate };
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            var sources = Select(SourceCatalog.Load(host.Services), result.GetValue(only));
            if (result.GetValue(revalidate)) sources = [.. sources.Select(DetailRevalidation.EveryPosting)];
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            using var progress = new ConsoleProgress();
            var outcomes = await host.Services.GetRequiredService<CrawlBatch>().RunAsync(sources, progress, cancellationToken).ConfigureAwait(false);
            progress.Dispose();
            var batch = host.Services.GetRequiredService<CrawlBatch>();
            foreach (var change in await batch.StoredEventsAsync(outcomes, cancellationToken).ConfigureAwait(false)) Console.Out.WriteLine(EventJson.Serialize(change));
            var error = result.InvocationConfiguration.Error;
            RunSummary.Print(error, outcomes);
            await LeaseHints.PrintAsync(error, host.Services.GetRequiredService<Storage.ISourceStore>(), outcomes, cancellationToken).ConfigureAwait(false);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return outcomes.Any(o => o.Run.Status == Crawler.Model.RunStatus.Failed) ? 2 : 0;
        });
        return command;
    }

    /// <summary>The chosen sources, or all; an unknown id is an error naming it.</summary>
    public static IReadOnlyList<SourceDefinition> Select(IReadOnlyList<SourceDefinition> all, string[]? ids)
    {
        if (all.Count == 0) throw new SourceValidationException("No sources configured: pass --sources FILE or add a \"Sources\" section to appsettings.json.");
        if (ids is not { Length: > 0 }) return all;
        var unknown = ids.Where(id => all.All(s => s.Id != id)).ToList();
        if (unknown.Count > 0) throw new SourceValidationException($"Unknown source id(s): {string.Join(", ", unknown)}; configured: {string.Join(", ", all.Select(s => s.Id))}");
        return [.. all.Where(s => ids.Contains(s.Id))];
    }
}
