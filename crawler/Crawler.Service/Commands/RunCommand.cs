using System.CommandLine;
using Crawler.Alerts;
using Crawler.Configuration;
using Crawler.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crawler.Commands;

/// <summary><c>run</c>: the long-lived worker; Ctrl-C or SIGTERM stops it cleanly.</summary>
public static class RunCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("run", "Run the worker: crawl every source on its schedule until stopped (Ctrl-C/SIGTERM)");
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result), (services, configuration) =>
            {
                services.AddSingleton(SourceCatalog.Load(configuration));
                services.AddHostedService<CrawlWorker>();
                services.AddHostedService<AlertDeliveryService>();
                services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
            });
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
