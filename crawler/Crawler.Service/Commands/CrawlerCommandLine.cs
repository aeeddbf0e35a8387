using System.CommandLine;

namespace Crawler.Commands;

/// <summary>The <c>crawler</c> executable's verbs.</summary>
public static class CrawlerCommandLine
{
    public static RootCommand Create()
    {
        var common = new CommonOptions();
        var root = new RootCommand("Careers-portal crawler: crawls JavaScript portals with a real browser, stores postings and snapshots, emits change events.");
        root.Subcommands.Add(CrawlCommand.Create(common));
        root.Subcommands.Add(RunCommand.Create(common));
        root.Subcommands.Add(EventsCommand.Create(common));
        root.Subcommands.Add(HistoryCommand.Create(common));
        root.Subcommands.Add(ExportCommand.Create(common));
        root.Subcommands.Add(SourcesCommand.Create(common));
        root.Subcommands.Add(ReportCommand.Create(common));
        root.Subcommands.Add(DeriveCommand.Create(common));
        root.Subcommands.Add(AlertsCommand.Create(common));
        root.Subcommands.Add(ProbeCommand.Create(common));
        return root;
    }
}
