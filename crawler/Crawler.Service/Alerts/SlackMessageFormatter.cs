using System.Text;
using System.Text.Json.Nodes;

namespace Crawler.Alerts;

/// <summary>
/// Slack incoming-webhook body: <c>{"text": fallback, "blocks": [...]}</c> with section blocks of
/// <c>mrkdwn</c> text, postings as <c>&lt;url|title&gt;</c> links, and &amp;, &lt;, &gt; escaped as Slack
/// requires (https://api.slack.com/reference/surfaces/formatting#escaping).
/// </summary>
public static class SlackMessageFormatter
{
    /// <summary>Slack rejects section text over 3000 characters; titles are cut well before.</summary>
    private const int MaxTitle = 200;

    /// <summary>Below Slack's 3000-character limit of a section's text, with room for the cut mark.</summary>
    private const int MaxSection = 2900;

    public static JsonObject Format(AlertMessage message)
    {
        var headline = AlertText.Headline(message);
        var blocks = new JsonArray { Section($"*{Escape(headline)}*") };
        foreach (var item in message.Listed)
        {
            var change = item.Event;
            var title = Escape(Cut(change.Title));
            var link = change.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? $"<{LinkTarget(url)}|{title.Replace('|', '¦')}>" : title;
            var lines = AlertText.ChangeLines(change).Select(l => "\n" + Escape(l));
            blocks.Add(Section(Cut($"*{link}*\n{Escape(AlertText.Details(change))}{string.Concat(lines)}", MaxSection)));
        }

        if (message.More > 0)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = Escape(AlertText.MoreLine(message)) } },
            });
        }

        var fallback = new StringBuilder(headline);
        // The fallback is what phone notifications show: a single change says what changed there too.
        if (message.Items.Count == 1 && AlertText.ChangeLines(message.Items[0].Event) is { Count: > 0 } changed)
        {
            fallback.Append(" — ").Append(string.Join("; ", changed));
        }

        if (message.More > 0) fallback.Append(" — ").Append(AlertText.MoreLine(message));
        return new JsonObject { ["text"] = Escape(fallback.ToString()), ["blocks"] = blocks };
    }

    /// <summary>The three characters Slack treats as control characters, as HTML entities.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    // Inside <...> a URL may not contain the delimiters themselves; percent-encode them, keep & (Slack reads it literally in links).
    private static string LinkTarget(string url) =>
        url.Replace("|", "%7C", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

    private static string Cut(string text, int max = MaxTitle) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
