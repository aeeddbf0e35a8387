using System.Globalization;
using System.Net;
using System.Text;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Diagnostics;

/// <summary>The small HTML page at <c>/</c>: one row per source. Every value is HTML-encoded (ids and errors come from configuration and portals).</summary>
public static class Dashboard
{
    public static async Task<string> RenderAsync(
        IReadOnlyList<SourceDefinition> sources, ICrawlStore store, string workerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = (await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>crawler</title>")
            .Append("<style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:left}tr.q{background:#fdd}</style></head><body>")
            .Append("<h1>crawler worker ").Append(E(workerId)).Append("</h1><p>").Append(E(Time(now))).Append(" · <a href=\"/metrics\">metrics</a> · <a href=\"/health/ready\">ready</a></p>")
            .Append("<table><tr><th>source</th><th>company</th><th>last run</th><th>status</th><th>next due</th><th>failures</th><th>lease holder</th><th>quarantined</th><th>last errors</th></tr>");
        foreach (var source in sources)
        {
            var state = states.GetValueOrDefault(source.Id);
            var runs = await store.ListRunsAsync(source.Id, 1, cancellationToken).ConfigureAwait(false);
            var last = runs.Count > 0 ? runs[0] : null;
            var lease = state?.LeaseHolder is { } holder && state.LeasedUntil > now ? holder : "";
            html.Append(state?.Quarantined == true ? "<tr class=\"q\">" : "<tr>")
                .Append(Cell(source.Id)).Append(Cell(source.Company))
                .Append(Cell(Time(last?.StartedAt))).Append(Cell(last?.Status.ToString().ToLowerInvariant() ?? "-"))
                .Append(Cell(Time(state?.NextDueAt))).Append(Cell((state?.ConsecutiveFailures ?? 0).ToString(CultureInfo.InvariantCulture)))
                .Append(Cell(lease)).Append(Cell(state?.Quarantined == true ? "yes" : "no"))
                .Append(Cell(string.Join("; ", last?.Errors.Take(2) ?? [])))
                .Append("</tr>");
        }

        return html.Append("</table></body></html>").ToString();
    }

    private static string Cell(string value) => "<td>" + E(value) + "</td>";

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Time(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
