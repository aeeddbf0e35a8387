using System.Net;
using System.Text;

namespace Crawler.Diagnostics;

/// <summary>
/// The page at <c>/</c>, meant to be left open: sources with state, schedule, failures, quarantine, lease holder
/// and the progress of running runs; recent runs with their completeness evidence and suspect flags; the live event
/// feed with filters (firm, kind, city, keyword). A small inline script (<see cref="DashboardScript"/>, allowed by a
/// per-response nonce) polls <see cref="DashboardJson"/> every two seconds and redraws the tables without a reload,
/// writing every value as text. Nothing is loaded from elsewhere.
/// </summary>
public static class Dashboard
{
    /// <summary>The page's policy: only its own nonce'd script, its inline style and fetches to itself.</summary>
    public static string Csp(string nonce) =>
        $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:; form-action 'self'; base-uri 'none'";

    public static string Render(string workerId, string nonce)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>crawler · ").Append(E(workerId)).Append("</title><style>")
            .Append(DashboardStyle.Css).Append("</style></head><body>")
            .Append("<header><h1>crawler worker ").Append(E(workerId)).Append("</h1><span id=\"updated\" class=\"muted\">loading…</span>")
            .Append("<a href=\"metrics\">metrics</a><a href=\"health/ready\">ready</a><a href=\"feed.atom?kind=appeared,changed,disappeared,reappeared\">feed</a><a href=\"report\">study report</a></header>")
            .Append("<h2>Sources</h2><table id=\"sources\"><thead><tr><th>source</th><th>company</th><th>state</th><th>progress</th><th>last run</th>")
            .Append("<th>next due</th><th>failures</th><th>lease holder</th><th>last errors</th></tr></thead><tbody></tbody></table>")
            .Append("<div class=\"grid\"><section><h2>Recent runs</h2><table id=\"runs\"><thead><tr><th>run</th><th>started</th><th>status</th><th>seen</th>")
            .Append("<th>new / changed / gone</th><th>completeness evidence</th><th>flags</th></tr></thead><tbody></tbody></table></section>")
            .Append("<section><h2>Events</h2><form class=\"filters\" id=\"filters\">")
            .Append("<input name=\"company\" placeholder=\"firm\" size=\"10\"><select name=\"kind\"><option value=\"\">any kind</option>")
            .Append("<option>appeared</option><option>changed</option><option>disappeared</option><option>reappeared</option></select>")
            .Append("<input name=\"city\" placeholder=\"city\" size=\"8\"><input name=\"keyword\" placeholder=\"keyword\" size=\"10\"></form>")
            .Append("<ul class=\"feed\" id=\"events\"></ul></section></div>")
            .Append("<script nonce=\"").Append(nonce).Append("\">").Append(DashboardScript.Js).Append("</script></body></html>");
        return html.ToString();
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
