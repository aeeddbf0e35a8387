using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Changes;

namespace Crawler.Alerts;

/// <summary>
/// The generic JSON form of a message (webhook <c>json</c> format, JSON-lines file, console): id, sink, type,
/// text, the listed events (as <c>events</c> prints it, with old/new values and line diffs, plus
/// <c>changeSummary</c> lines for changes and track and area tags when known) and "more".
/// </summary>
public static class AlertJsonFormatter
{
    public static JsonObject Format(AlertMessage message)
    {
        var events = new JsonArray();
        foreach (var item in message.Listed)
        {
            var node = JsonSerializer.SerializeToNode(item.Event, EventJson.Options)!.AsObject();
            if (AlertText.ChangeLines(item.Event) is { Count: > 0 } lines) node["changeSummary"] = new JsonArray([.. lines.Select(l => JsonValue.Create(l))]);
            if (item.Posting is { } posting)
            {
                node["track"] = posting.Posting.Track.ToString().ToLowerInvariant();
                if (posting.Derived is { AreaTags.Count: > 0 } derived) node["areaTags"] = new JsonArray([.. derived.AreaTags.Select(t => JsonValue.Create(t))]);
            }

            events.Add(node);
        }

        return new JsonObject
        {
            ["id"] = message.Id,
            ["sink"] = message.Sink,
            ["type"] = message.Kind.ToString().ToLowerInvariant(),
            ["text"] = AlertText.Headline(message),
            ["createdAt"] = message.CreatedAt,
            ["listed"] = Math.Min(message.Items.Count, message.MaxListed),
            ["more"] = message.More,
            ["firstSequence"] = message.Items.Count > 0 ? message.Items.Min(i => i.Event.Sequence) : null,
            ["lastSequence"] = message.Items.Count > 0 ? message.Items.Max(i => i.Event.Sequence) : null,
            ["events"] = events,
        };
    }

    public static string Serialize(AlertMessage message) => Format(message).ToJsonString(EventJson.Options);
}
