using System.CommandLine;
using Crawler.Changes;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary><c>events</c>: print stored change events as JSON lines, filtered; <c>--follow</c> keeps streaming.</summary>
public static class EventsCommand
{
    public static Command Create(CommonOptions common)
    {
        var kinds = new Option<ChangeKind[]>("--kind", "-k") { Description = "Only these kinds: appeared, changed, disappeared, reappeared", AllowMultipleArgumentsPerToken = true };
        var source = new Option<string?>("--source", "-s") { Description = "Only this source id" };
        var run = new Option<string?>("--run") { Description = "Only this run id" };
        var after = new Option<long>("--after") { Description = "Only events after this sequence number (resume position)" };
        var limit = new Option<int>("--limit") { Description = "At most this many events", DefaultValueFactory = _ => 1000 };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new events as they are stored" };
        var command = new Command("events", "Print change events from the store as JSON lines") { kinds, source, run, after, limit, follow };
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result));
            var store = host.Services.GetRequiredService<ICrawlStore>();
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            var query = new EventQuery
            {
                Kinds = result.GetValue(kinds) is { Length: > 0 } k ? k : null,
                SourceId = result.GetValue(source), RunId = result.GetValue(run),
                AfterSequence = result.GetValue(after), Limit = result.GetValue(limit),
            };
            try
            {
                do
                {
                    var page = await store.ListEventsAsync(query, cancellationToken).ConfigureAwait(false);
                    foreach (var change in page) Console.Out.WriteLine(EventJson.Serialize(change));
                    if (page.Count > 0) query = query with { AfterSequence = page[^1].Sequence };
                    else if (result.GetValue(follow)) await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                    if (!result.GetValue(follow) && page.Count < query.Limit) break;
                }
                while (true);
            }
            catch (OperationCanceledException) when (result.GetValue(follow))
            {
                // Ctrl-C ends --follow.
            }

            return 0;
        });
        return command;
    }
}
