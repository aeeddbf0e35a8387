using System.Security.Cryptography;
using System.Text;

namespace Crawler.Alerts;

/// <summary>
/// Turns a batch of matching events into messages: one per event, or, when more than the sink's
/// <see cref="AlertSinkOptions.Digest"/> match or a first crawl is among them (an e-mail sink: more than one), one digest for the batch whose
/// id is derived from the sink and the batch's first and last event, so a resend carries the same key.
/// </summary>
public static class AlertComposer
{
    public static IReadOnlyList<AlertMessage> Compose(
        ConfiguredAlertSink sink, IReadOnlyList<AlertItem> items, IReadOnlyList<string> firstCrawlSources, DateTimeOffset now, string digestScope = "batch")
    {
        if (items.Count == 0) return [];
        // E-mail is read in an inbox, not a channel: one digest per delivery pass, a single event as itself.
        var digestEach = string.Equals(sink.Options.Type, "email", StringComparison.OrdinalIgnoreCase);
        var single = digestEach ? items.Count == 1 : items.Count <= sink.Options.Digest;
        if (single && firstCrawlSources.Count == 0)
        {
            return [.. items.Select(item => new AlertMessage
            {
                Id = item.Event.Id, Sink = sink.Name, Kind = AlertMessageKind.Event, Items = [item], CreatedAt = now,
            })];
        }

        return
        [
            new AlertMessage
            {
                Id = DigestId(sink.Name, digestScope, items),
                Sink = sink.Name,
                Kind = AlertMessageKind.Digest,
                Items = items,
                MaxListed = sink.Options.Digest,
                FirstCrawlSources = firstCrawlSources,
                CreatedAt = now,
            },
        ];
    }

    /// <summary><c>digest-</c> and 32 hex digits of SHA-256 over sink, scope, count, first and last event id.</summary>
    public static string DigestId(string sink, string scope, IReadOnlyList<AlertItem> items)
    {
        var basis = $"{sink}\n{scope}\n{items.Count}\n{items[0].Event.Id}\n{items[^1].Event.Id}";
        return "digest-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..32];
    }
}
