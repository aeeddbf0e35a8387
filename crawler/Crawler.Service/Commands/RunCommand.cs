using System.CommandLine;
using Crawler.Alerts;
using Crawler.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crawler.Commands;

/// <summary><c>run</c>: the long-lived worker; Ctrl-C or SIGTERM stops it cleanly.</summary>
public static class RunCommand
{
    /// <summary>Exit code when shutdown did not finish within <c>Host:ShutdownTimeout</c>.</summary>
    public const int DeadlinePassed = 3;

    /// <summary>
    /// Whether the parsed verb is <c>run</c>: its generic host handles Ctrl-C/SIGTERM with its own deadline
    /// (<c>Host:ShutdownTimeout</c>), so System.CommandLine's 2-second termination timeout must not cut it short.
    /// </summary>
    public static bool HandlesSignalsItself(ParseResult parse) => parse.CommandResult.Command.Name == "run";

    public static Command Create(CommonOptions common)
    {
        var command = new Command("run", "Run the worker: crawl every source on its schedule until stopped (Ctrl-C/SIGTERM)");
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result), (services, configuration) =>
            {
                services.AddCrawlWorker(configuration);
                services.AddHostedService<AlertDeliveryService>();
            });
            var worker = host.Services.GetRequiredService<CrawlWorker>();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            // 0: every crawl ended and every lease was released in time; 3: the shutdown deadline passed first.
            return worker.ShutdownClean == false ? DeadlinePassed : 0;
        });
        return command;
    }
}
