using System.CommandLine;
using Crawler.Lab;

namespace Crawler.LabCli;

/// <summary><c>lab</c>: serve the simulated portals standalone until stopped, and print their URLs.</summary>
public static class LabCommand
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Lab seed", DefaultValueFactory = _ => 42 };
        var write = new Option<string?>("--write-sources") { Description = "Write a sources file pointing at this lab (for crawl/run --sources)" };
        var command = new Command("lab", "Serve the simulated portals on 127.0.0.1 until Ctrl-C; print their URLs") { seed, write };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var lab = await LabHost.StartAsync(new LabOptions { Seed = result.GetValue(seed), SiteSizes = DemoCommand.Sizes }, cancellationToken).ConfigureAwait(false);
            foreach (var site in lab.Sites)
            {
                Console.Out.WriteLine($"{site.Id,-24} {site.Company,-10} {site.Family,-12} {site.EntryUrl}  ({site.GroundTruth().Count} postings)");
            }

            Console.Out.WriteLine("Control: POST {host}/__lab/mutate?site=ID&add=K&remove=K&edit=K · GET /__lab/truth?site=ID · PUT /__lab/faults?site=ID");
            if (result.GetValue(write) is { } path)
            {
                LabSources.WriteResolved(LabSources.DemoFile, lab, path);
                Console.Out.WriteLine($"Sources file written: {Path.GetFullPath(path)}  (crawler crawl --sources {path})");
            }

            Console.Out.WriteLine("Serving until Ctrl-C.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: stop serving.
            }

            return 0;
        });
        return command;
    }
}
