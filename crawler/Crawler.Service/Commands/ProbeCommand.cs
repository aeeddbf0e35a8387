using System.CommandLine;
using Crawler.Browsing;
using Crawler.Hosting;
using Crawler.Probing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crawler.Commands;

/// <summary>
/// <c>probe URL</c>: opens a careers page as a person would, finds its list call, and prints a complete source
/// (standard output, or <c>--out</c>) plus a diagnosis (standard error): found, guessed, missing, and the setting each concerns.
/// </summary>
public static class ProbeCommand
{
    public static Command Create(CommonOptions common)
    {
        var url = new Argument<string>("url") { Description = "The careers page a person would open (the listing)" };
        var wait = new Option<double>("--wait") { Description = "Seconds to wait for each step: the list answer, the next page, the detail view", DefaultValueFactory = _ => 10 };
        var output = new Option<string?>("--out", "-o") { Description = "Write the proposed sources file here instead of standard output" };
        var command = new Command("probe", "Open an unknown careers page, find its list API and propose a working source with a diagnosis") { url, wait, output };
        command.Options.Add(common.LogFormat);
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!Uri.TryCreate(result.GetValue(url), UriKind.Absolute, out var entry) || entry.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"'{result.GetValue(url)}' is not an http(s) URL.");
                return 1;
            }

            using var host = CrawlerHostFactory.Build(new CommandSettings { LogFormat = result.GetValue(common.LogFormat) });
            var services = host.Services;
            var probe = new PortalProbe(services.GetRequiredService<BrowserHost>(), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<PortalProbe>>());
            var report = await probe.RunAsync(entry, TimeSpan.FromSeconds(result.GetValue(wait)), cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine($"probe {report.EntryUrl}: platform {report.Platform}");
            foreach (var finding in report.Findings) Console.Error.WriteLine("  " + finding);
            if (!report.HasProposal)
            {
                Console.Error.WriteLine("No source proposed: see the findings above.");
                return 1;
            }

            var json = ProbeSourceWriter.Write(report);
            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, json + Environment.NewLine);
                Console.Error.WriteLine($"Wrote {path}: next, `crawler sources validate --sources {path}` and `crawler crawl --sources {path}`.");
            }
            else
            {
                Console.Out.WriteLine(json);
            }

            return 0;
        });
        return command;
    }
}
