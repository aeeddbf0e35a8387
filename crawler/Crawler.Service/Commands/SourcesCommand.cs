using System.CommandLine;
using Crawler.Configuration;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary><c>sources list</c> and <c>sources validate</c>.</summary>
public static class SourcesCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("sources", "List or validate the configured sources");
        var validate = new Command("validate", "Check the sources configuration; exit 1 with every problem named by source and field");
        common.AddTo(validate);
        validate.SetAction(result =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result));
            var sources = SourceCatalog.Load(host.Services.GetRequiredService<IConfiguration>());
            Console.Out.WriteLine($"{sources.Count} source(s) valid: {string.Join(", ", sources.Select(s => s.Id))}");
            return 0;
        });

        var list = new Command("list", "Show each source with its state: last run, failures, next due, lease, quarantine");
        common.AddTo(list);
        list.SetAction(async (result, cancellationToken) =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result));
            var sources = SourceCatalog.Load(host.Services.GetRequiredService<IConfiguration>());
            var store = host.Services.GetRequiredService<ICrawlStore>();
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var states = (await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId);
            Console.Out.WriteLine($"{"source",-26} {"company",-10} {"platform",-11} {"last run",-20} {"status",-9} {"fails",5} {"next due",-20} {"lease",-20} quarantined");
            foreach (var s in sources)
            {
                var st = states.GetValueOrDefault(s.Id);
                Console.Out.WriteLine($"{s.Id,-26} {s.Company,-10} {s.Platform,-11} {Fmt(st?.LastRunAt),-20} {st?.LastRunStatus?.ToString().ToLowerInvariant() ?? "-",-9} " +
                                      $"{st?.ConsecutiveFailures ?? 0,5} {Fmt(st?.NextDueAt),-20} {st?.LeaseHolder ?? "-",-20} {(st?.Quarantined == true ? "yes" : "no")}");
            }

            return 0;
        });
        command.Subcommands.Add(validate);
        command.Subcommands.Add(list);
        return command;
    }

    private static string Fmt(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
