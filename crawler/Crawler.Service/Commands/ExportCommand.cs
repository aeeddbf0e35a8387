using System.CommandLine;
using System.Globalization;
using Crawler.Exports;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary>
/// <c>export postings|events --format csv|jsonl [--since DATE] [--bom] [--out FILE]</c>: the store for
/// pandas and Excel users, UTF-8, one row per posting (cities joined) or per event.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("export", "Write postings or events as CSV or JSON lines (UTF-8) for pandas or Excel");
        command.Subcommands.Add(Verb(common, "postings", "One row per posting (every source, active and gone; cities joined with |)", ExportRows.PostingColumns, StoreExport.PostingsAsync));
        command.Subcommands.Add(Verb(common, "events", "One row per event, oldest first, with what changed", ExportRows.EventColumns, StoreExport.EventsAsync));
        return command;
    }

    private static Command Verb(
        CommonOptions common, string name, string description, IReadOnlyList<string> columns,
        Func<ICrawlStore, DateTimeOffset?, CancellationToken, IAsyncEnumerable<ExportRow>> rows)
    {
        var format = new Option<ExportFormat>("--format") { Description = "csv or jsonl (default csv)", DefaultValueFactory = _ => ExportFormat.Csv };
        var since = new Option<string?>("--since") { Description = "Only postings last seen / events created at or after this time (ISO-8601; UTC when no offset)" };
        var bom = new Option<bool>("--bom") { Description = "For Excel: start with a UTF-8 byte-order mark and defuse cells that would start a formula" };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output)" };
        var command = new Command(name, description) { format, since, bom, output };
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            DateTimeOffset? from = null;
            if (result.GetValue(since) is { } text)
            {
                if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--since '{text}' is not a date or time (e.g. 2026-06-23 or 2026-06-23T08:00:00Z).").ConfigureAwait(false);
                    return 1;
                }

                from = parsed;
            }

            using var host = CrawlerHostFactory.Build(common.Read(result, readOnlyStore: true));
            var store = await HostedVerb.OpenStoreAsync(host, cancellationToken).ConfigureAwait(false);
            var path = result.GetValue(output);
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await using var writer = new ExportWriter(stream, columns, result.GetValue(format), result.GetValue(bom));
            var count = 0;
            await foreach (var row in rows(store, from, cancellationToken).ConfigureAwait(false))
            {
                await writer.WriteAsync(row, cancellationToken).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"{count} {name} exported").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
