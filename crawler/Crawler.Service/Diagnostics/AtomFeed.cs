using System.Globalization;
using System.Text;
using System.Xml;
using Crawler.Alerts;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Diagnostics;

/// <summary>
/// The event log as an Atom feed (RFC 4287) for people who follow changes in a feed reader: the latest
/// events matching a <see cref="FeedQuery"/>, newest first, one entry per event with its id as entry id, the
/// alert headline as title, the posting page as link and what changed as text content. All portal text goes
/// through the XML writer (escaped) after characters XML cannot carry are dropped.
/// </summary>
public static class AtomFeed
{
    /// <summary>Events read at most to fill one feed, so a narrow filter over a long log stays cheap.</summary>
    public const int MaxScanned = 10_000;

    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int Page = 500;

    public static async Task<string> RenderAsync(ICrawlStore store, FeedQuery query, Uri self, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await LatestAsync(store, query, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Async = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, "urn:crawler:feed:" + Clean(self.PathAndQuery));
            xml.WriteElementString("title", Atom, "Careers-portal changes");
            xml.WriteElementString("updated", Atom, Time(items.Count > 0 ? items[0].Event.CreatedAt : now));
            Link(xml, "self", self.AbsoluteUri, "application/atom+xml");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "crawler");
            xml.WriteEndElement();
            foreach (var item in items) Entry(xml, item.Event);
            xml.WriteEndElement();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>The latest events matching the query, newest first (also the dashboard's feed).</summary>
    internal static async Task<List<AlertItem>> LatestAsync(ICrawlStore store, FeedQuery query, CancellationToken cancellationToken)
    {
        var filter = new AlertFilter(query.Filter);
        var lookup = new PostingLookup(store);
        var matched = new List<AlertItem>();
        long? before = null;
        for (var scanned = 0; scanned < MaxScanned && matched.Count < query.Limit;)
        {
            var page = await store.ListEventsAsync(
                new EventQuery { Kinds = filter.Kinds.ToArray(), NewestFirst = true, BeforeSequence = before, Limit = Page }, cancellationToken).ConfigureAwait(false);
            foreach (var change in page)
            {
                var posting = filter.NeedsPosting ? await lookup.FindAsync(change, cancellationToken).ConfigureAwait(false) : null;
                if (filter.Matches(change, posting) && matched.Count < query.Limit) matched.Add(new AlertItem(change, posting));
            }

            scanned += page.Count;
            if (page.Count < Page) break;
            before = page[^1].Sequence;
        }

        return matched;
    }

    private static void Entry(XmlWriter xml, ChangeEvent change)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, "urn:crawler:event:" + Clean(change.Id));
        xml.WriteElementString("title", Atom, Clean($"{AlertText.KindPhrase(change.Kind)} at {change.Company}: {change.Title}"));
        xml.WriteElementString("updated", Atom, Time(change.CreatedAt));
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, Clean(change.Company));
        xml.WriteEndElement();
        if (change.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
        {
            Link(xml, "alternate", Clean(link.AbsoluteUri), "text/html");
        }

        xml.WriteStartElement("category", Atom);
        xml.WriteAttributeString("term", change.Kind.ToString().ToLowerInvariant());
        xml.WriteEndElement();
        var content = new List<string> { AlertText.Details(change) };
        content.AddRange(AlertText.ChangeLines(change));
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(string.Join("\n", content)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // Portal text can hold control characters or lone surrogates, which XML 1.0 cannot carry at all.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }
}
