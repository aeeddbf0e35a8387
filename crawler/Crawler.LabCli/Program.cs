using System.CommandLine;
using Crawler.Commands;
using Crawler.Hosting;
using Crawler.LabCli;
using Serilog;

Log.Logger = LoggingSetup.Bootstrap();
try
{
    var root = new RootCommand("The lab: simulated careers portals on 127.0.0.1, and the demo of the crawler against them.");
    root.Subcommands.Add(DemoCommand.Create(new CommonOptions()));
    root.Subcommands.Add(LabCommand.Create());
    // Every failure becomes one line on standard error and an exit code, as for crawler (README "Exit codes").
    return await CrawlerEntry.RunAsync(root, args, Console.Error);
}
finally
{
    await Log.CloseAndFlushAsync();
}
