using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Diagnostics;

/// <summary>
/// <c>/posting?key=K</c>: one posting's versions, a diff between any two (<c>a</c>, <c>b</c>) with the same field
/// changes and line diff as a changed event, and its snapshots over time. A snapshot is portal HTML, so it is shown
/// in an iframe with an empty <c>sandbox</c> (no scripts, no forms, no navigation, an opaque origin) through
/// <c>srcdoc</c>, under the page's CSP, besides its extracted text; every other portal value is HTML-encoded.
/// The page has no script of its own.
/// </summary>
public static class PostingPage
{
    public const string Csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'self'; base-uri 'none'";

    public static async Task<string?> RenderAsync(ICrawlStore store, string key, int? a, int? b, string? snapshotId, CancellationToken cancellationToken)
    {
        var versions = await store.ListPostingVersionsAsync(key, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0) return null;
        var latest = versions[^1];
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(latest.Fields.Title)).Append(" · crawler</title><style>")
            .Append(DashboardStyle.Css).Append("</style></head><body><header><a href=\"./\">← dashboard</a><h1 id=\"title\">").Append(E(latest.Fields.Title))
            .Append("</h1><p class=\"muted\">").Append(E(key)).Append(" · ").Append(E(string.Join(", ", latest.Fields.Cities))).Append("</p></header>");
        Versions(html, key, versions);
        var from = versions.FirstOrDefault(v => v.Version == a) ?? (versions.Count > 1 ? versions[^2] : latest);
        var to = versions.FirstOrDefault(v => v.Version == b) ?? latest;
        DiffForm(html, key, versions, from, to);
        Diff(html, from, to);
        await SnapshotsAsync(html, store, key, versions, snapshotId, cancellationToken).ConfigureAwait(false);
        return html.Append("</body></html>").ToString();
    }

    private static void Versions(StringBuilder html, string key, IReadOnlyList<PostingVersion> versions)
    {
        html.Append("<section><h2>Versions</h2><table id=\"versions\"><thead><tr><th>version</th><th>valid from</th><th>valid to</th><th>title</th><th>cities</th><th>snapshot</th></tr></thead><tbody>");
        foreach (var v in versions)
        {
            html.Append("<tr><td>").Append(v.Version.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(Time(v.ValidFrom)).Append("</td><td>")
                .Append(v.ValidTo is { } to ? Time(to) : "current").Append("</td><td>").Append(E(v.Fields.Title)).Append("</td><td>")
                .Append(E(string.Join(", ", v.Fields.Cities))).Append("</td><td>");
            if (v.SnapshotId is { } id) html.Append("<a href=\"").Append(Link(key, null, null, id)).Append("#snapshot\">view</a>");
            else html.Append('-');
            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void DiffForm(StringBuilder html, string key, IReadOnlyList<PostingVersion> versions, PostingVersion from, PostingVersion to)
    {
        html.Append("<section><h2>Diff</h2><form id=\"diff-form\" method=\"get\" action=\"posting\"><input type=\"hidden\" name=\"key\" value=\"").Append(E(key)).Append("\">");
        Select(html, "a", "from", versions, from.Version);
        Select(html, "b", "to", versions, to.Version);
        html.Append("<button type=\"submit\">diff</button></form>");
    }

    private static void Select(StringBuilder html, string name, string label, IReadOnlyList<PostingVersion> versions, int selected)
    {
        html.Append("<label>").Append(label).Append(" <select name=\"").Append(name).Append("\">");
        foreach (var v in versions)
        {
            var n = v.Version.ToString(CultureInfo.InvariantCulture);
            html.Append("<option value=\"").Append(n).Append('"').Append(v.Version == selected ? " selected" : "").Append(">version ").Append(n).Append("</option>");
        }

        html.Append("</select></label> ");
    }

    private static void Diff(StringBuilder html, PostingVersion from, PostingVersion to)
    {
        var changes = FieldChanges.Between(from.Fields, to.Fields);
        html.Append("<p class=\"muted\">version ").Append(from.Version.ToString(CultureInfo.InvariantCulture)).Append(" → version ")
            .Append(to.Version.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(changes.Count.ToString(CultureInfo.InvariantCulture)).Append(" field(s) changed</p>");
        html.Append("<table id=\"diff\"><thead><tr><th>field</th><th>before</th><th>after</th></tr></thead><tbody>");
        foreach (var change in changes)
        {
            html.Append("<tr><td>").Append(E(change.Field)).Append("</td>");
            if (change.Diff.Count > 0)
            {
                html.Append("<td colspan=\"2\"><pre class=\"linediff\">");
                foreach (var line in change.Diff) html.Append("<span class=\"").Append(line.StartsWith('-') ? "del" : "ins").Append("\">").Append(E(line)).Append("</span>");
                html.Append("</pre></td>");
            }
            else
            {
                html.Append("<td class=\"del\">").Append(E(change.Old)).Append("</td><td class=\"ins\">").Append(E(change.New)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static async Task SnapshotsAsync(StringBuilder html, ISnapshotStore store, string key, IReadOnlyList<PostingVersion> versions, string? selected, CancellationToken cancellationToken)
    {
        var ids = versions.Select(v => v.SnapshotId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        html.Append("<section id=\"snapshot\"><h2>Snapshots</h2>");
        if (ids.Count == 0)
        {
            html.Append("<p class=\"muted\">No snapshot was rendered for this posting.</p></section>");
            return;
        }

        var shown = ids.Contains(selected ?? "", StringComparer.Ordinal) ? selected! : ids[^1];
        html.Append("<ul id=\"snapshots\">");
        Snapshot? current = null;
        foreach (var id in ids)
        {
            var snapshot = await store.GetSnapshotAsync(id, cancellationToken).ConfigureAwait(false);
            if (snapshot is null) continue;
            if (id == shown) current = snapshot;
            html.Append("<li>").Append(id == shown ? "<strong>" : "<a href=\"" + Link(key, null, null, id) + "#snapshot\">").Append(Time(snapshot.CapturedAt))
                .Append(id == shown ? "</strong>" : "</a>").Append(" <span class=\"muted\">").Append(E(id[..Math.Min(12, id.Length)])).Append("</span></li>");
        }

        html.Append("</ul>");
        if (current is not null)
        {
            html.Append("<p class=\"muted\">").Append(E(current.Url)).Append(" · rendered without scripts (sandboxed)</p>")
                .Append("<iframe id=\"snapshot-frame\" sandbox=\"\" referrerpolicy=\"no-referrer\" srcdoc=\"").Append(E(Html(current))).Append("\"></iframe>")
                .Append("<details><summary>extracted text</summary><pre id=\"snapshot-text\">").Append(E(current.Text)).Append("</pre></details>");
        }

        html.Append("</section>");
    }

    private static string Html(Snapshot snapshot)
    {
        using var gzip = new GZipStream(new MemoryStream(snapshot.CompressedHtml), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        // Its own policy too, so a browser that does not pass the page's CSP on to srcdoc still loads nothing.
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">" + reader.ReadToEnd();
    }

    private static string Link(string key, int? a, int? b, string? snapshot) =>
        "posting?key=" + Uri.EscapeDataString(key) + (a is { } x ? "&amp;a=" + x : "") + (b is { } y ? "&amp;b=" + y : "") +
        (snapshot is null ? "" : "&amp;snapshot=" + Uri.EscapeDataString(snapshot));

    private static string E(string? value) => WebUtility.HtmlEncode(value ?? "");

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
