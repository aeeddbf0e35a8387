using System.CommandLine;
using Crawler.Changes;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary>
/// <c>events</c>: print stored change events as JSON lines, filtered; <c>--follow</c> keeps streaming, and
/// <c>--cursor FILE</c> makes the position survive a restart.
/// </summary>
public static class EventsCommand
{
    public static Command Create(CommonOptions common)
    {
        var kinds = new Option<ChangeKind[]>("--kind", "-k")
        {
            Description = "Only these kinds: appeared, changed, disappeared, reappeared", AllowMultipleArgumentsPerToken = true,
            CustomParser = ParseKinds,
        };
        var source = new Option<string?>("--source", "-s") { Description = "Only this source id" };
        var run = new Option<string?>("--run") { Description = "Only this run id" };
        var after = new Option<long?>("--after") { Description = "Only events after this sequence number (overrides the cursor file)" };
        var limit = new Option<int?>("--limit") { Description = "Stop after this many events" };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new events as they are stored (Ctrl-C to stop)" };
        var cursor = new Option<string?>("--cursor") { Description = "File holding the last printed sequence: read at start, updated after each event" };
        var command = new Command("events", "Print change events from the store as JSON lines") { kinds, source, run, after, limit, follow, cursor };
        HostedVerb.SetStoreAction(command, common, readOnlyStore: true, async (result, _, store, cancellationToken) =>
        {
            var cursorFile = result.GetValue(cursor);
            var start = result.GetValue(after) ?? (cursorFile is null ? 0 : EventFollower.ReadCursor(cursorFile));
            var filter = new EventQuery
            {
                Kinds = result.GetValue(kinds) is { Length: > 0 } k ? k : null,
                SourceId = result.GetValue(source),
                RunId = result.GetValue(run),
            };
            var max = result.GetValue(limit) ?? int.MaxValue;
            var printed = 0;
            var follower = new EventFollower(store, TimeProvider.System);
            try
            {
                await foreach (var change in follower.FollowAsync(filter, start, TimeSpan.FromSeconds(1), result.GetValue(follow), cancellationToken).ConfigureAwait(false))
                {
                    Console.Out.WriteLine(EventJson.Serialize(change));
                    await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
                    if (cursorFile is not null) EventFollower.WriteCursor(cursorFile, change.Sequence);
                    if (++printed >= max) break;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C ends --follow; the cursor already holds the last printed event.
            }

            return 0;
        });
        return command;
    }

    /// <summary>Kind names, any case; an unknown one is a usage error listing the valid kinds.</summary>
    private static ChangeKind[] ParseKinds(System.CommandLine.Parsing.ArgumentResult result)
    {
        var kinds = new List<ChangeKind>();
        foreach (var token in result.Tokens)
        {
            if (Enum.TryParse<ChangeKind>(token.Value, ignoreCase: true, out var kind) && Enum.IsDefined(kind)) kinds.Add(kind);
            else result.AddError($"--kind '{token.Value}' is not a kind; use one of: {string.Join(", ", Enum.GetNames<ChangeKind>().Select(n => n.ToLowerInvariant()))}.");
        }

        return [.. kinds];
    }
}
