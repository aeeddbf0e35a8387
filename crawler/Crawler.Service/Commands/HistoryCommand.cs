using System.CommandLine;
using System.Text.Json;
using Crawler.Changes;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary>
/// <c>history KEY</c>: every stored version of one posting, oldest first, with what changed between them;
/// <c>--json</c> prints the versions as JSON lines instead. Exit 1 when the store has no version of the key.
/// </summary>
public static class HistoryCommand
{
    public static Command Create(CommonOptions common)
    {
        var key = new Argument<string>("key") { Description = "Posting key: source id and portal id, e.g. moka-deepseek:4f1c… (as events print it)" };
        var json = new Option<bool>("--json") { Description = "Print the versions as JSON lines (fields, validFrom, validTo, snapshotId)" };
        var command = new Command("history", "Print a posting's versions and what changed between them") { key, json };
        HostedVerb.SetStoreAction(command, common, readOnlyStore: true, async (result, _, store, cancellationToken) =>
        {
            var postingKey = result.GetValue(key)!;
            var versions = await store.ListPostingVersionsAsync(postingKey, cancellationToken).ConfigureAwait(false);
            if (versions.Count == 0)
            {
                await Console.Error.WriteLineAsync($"No versions stored for posting '{postingKey}' (keys look like '<source id>:<portal id>'; see events).").ConfigureAwait(false);
                return 1;
            }

            if (result.GetValue(json))
            {
                foreach (var version in versions) Console.Out.WriteLine(JsonSerializer.Serialize(version, EventJson.Options));
                return 0;
            }

            var postings = await store.GetPostingsAsync(versions[0].SourceId, cancellationToken).ConfigureAwait(false);
            Console.Out.Write(PostingHistoryText.Render(postings.GetValueOrDefault(postingKey), versions));
            return 0;
        });
        return command;
    }
}
