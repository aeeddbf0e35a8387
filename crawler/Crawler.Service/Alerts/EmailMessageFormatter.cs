using System.Net;
using System.Text;
using MimeKit;

namespace Crawler.Alerts;

/// <summary>
/// An alert as one e-mail: the headline as subject, a plain-text part and an HTML part (every portal text
/// HTML-encoded, links only to http(s) posting URLs), and a Message-Id derived from the message id, so a
/// resend of the same event or digest carries the same id and mail clients thread or drop it.
/// </summary>
public static class EmailMessageFormatter
{
    public static MimeMessage Format(AlertMessage message, EmailSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(options);
        var mail = new MimeMessage
        {
            Subject = $"{options.SubjectPrefix} {AlertText.Headline(message)}".Trim(),
            MessageId = $"{message.Id}@crawler.alerts",
            Date = message.CreatedAt,
        };
        mail.From.Add(MailboxAddress.Parse(options.From ?? throw new InvalidOperationException("Email:From is not set.")));
        foreach (var to in options.To) mail.To.Add(MailboxAddress.Parse(to));
        mail.Headers.Add("X-Crawler-Alert-Id", message.Id);
        mail.Body = new BodyBuilder { TextBody = Text(message), HtmlBody = Html(message) }.ToMessageBody();
        return mail;
    }

    public static string Text(AlertMessage message)
    {
        var text = new StringBuilder(AlertText.Headline(message)).Append("\n\n");
        foreach (var item in message.Listed)
        {
            var change = item.Event;
            text.Append("* ").Append(change.Title).Append('\n');
            text.Append("  ").Append(AlertText.Details(change)).Append('\n');
            foreach (var line in AlertText.ChangeLines(change)) text.Append("  ").Append(line).Append('\n');
            if (SafeLink(change.Url) is { } url) text.Append("  ").Append(url).Append('\n');
            text.Append('\n');
        }

        if (message.More > 0) text.Append(AlertText.MoreLine(message)).Append('\n');
        return text.ToString();
    }

    public static string Html(AlertMessage message)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        html.Append("<h2>").Append(E(AlertText.Headline(message))).Append("</h2><ul>");
        foreach (var item in message.Listed)
        {
            var change = item.Event;
            var title = E(change.Title);
            html.Append("<li><p><b>")
                .Append(SafeLink(change.Url) is { } url ? $"<a href=\"{E(url)}\">{title}</a>" : title)
                .Append("</b><br>").Append(E(AlertText.Details(change))).Append("</p>");
            if (AlertText.ChangeLines(change) is { Count: > 0 } lines)
            {
                html.Append("<pre>").Append(E(string.Join('\n', lines))).Append("</pre>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        if (message.More > 0) html.Append("<p>").Append(E(AlertText.MoreLine(message))).Append("</p>");
        return html.Append("</body></html>").ToString();
    }

    /// <summary>An absolute http(s) URL, or null: a <c>javascript:</c> link from a portal never reaches a mail client.</summary>
    private static string? SafeLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
