using System.Globalization;
using System.Text.Json;

namespace Crawler.Probing;

/// <summary>
/// Recognises a built-in family by its list call (ATSX <c>/api/v1/search/job/posts</c>, Moka <c>jobs/v2</c>,
/// Alibaba <c>position/search</c>) and checks the adapter's expectations against what the page did: the list
/// answered, its count against the family's result window or cap, the detail answer within the wait.
/// </summary>
internal static class FamilyProbe
{
    /// <summary>
    /// A family: its <c>platform</c> name, display name, a URL part only its API has (<c>Marker</c>: Moka's root
    /// page calls jobs/module before its #/jobs route calls jobs/v2), its list call and its detail call.
    /// </summary>
    private sealed record Family(string Platform, string Name, string Marker, string ListMarker, string DetailMarker);

    private static readonly Family[] Families =
    [
        new("atsx", "ATSX / Feishu Hire", "/api/v1/search/job/posts", "/api/v1/search/job/posts", "/api/v1/job/posts/"),
        new("moka", "Moka", "/api/outer/ats-apply/website/", "/website/jobs/v2", "/website/job"),
        new("alibaba", "Alibaba", "/position/search", "/position/search", "/position/detail"),
    ];

    /// <summary>The family whose API the page called, or null.</summary>
    public static string? Detect(IEnumerable<JsonAnswer> answers) =>
        answers.Select(a => Families.FirstOrDefault(f => a.Url.Contains(f.Marker, StringComparison.Ordinal))).FirstOrDefault(f => f is not null)?.Platform;

    public static async Task<IReadOnlyList<ProbeFinding>> CheckAsync(
        string platform, IPage page, JsonAnswerRecorder recorder, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var family = Families.Single(f => f.Platform == platform);
        var findings = new List<ProbeFinding>();
        bool IsList(JsonAnswer a) => a.Url.Contains(family.ListMarker, StringComparison.Ordinal);
        if (!recorder.Answers.Any(IsList) && platform == "moka")
        {
            // The root page lists featured modules only; the list route is #/jobs, as on app.mokahr.com.
            var sinceRoot = recorder.Latest;
            await page.EvaluateAsync("() => { location.hash = '#/jobs'; }").ConfigureAwait(false);
            await recorder.WaitForAsync(IsList, sinceRoot, wait, time, cancellationToken).ConfigureAwait(false);
            findings.Add(new(ProbeFindingKind.Family, "Moka: the root page called jobs/module only; its #/jobs route called the list (the moka adapter opens that route itself)"));
        }

        var list = recorder.Answers.LastOrDefault(IsList);
        if (list is null)
        {
            findings.Add(new(ProbeFindingKind.Family, $"{family.Name}: the page called the family's API but not its list call {family.ListMarker.TrimStart('/')} within {wait.TotalSeconds:0} s: the adapter's expectations do not hold here"));
            return findings;
        }

        findings.Add(new(ProbeFindingKind.Family, $"{family.Name}: {family.ListMarker.TrimStart('/')} answered HTTP {list.Status} ({list.Method} {list.Path}); use \"platform\": \"{platform}\", no settings needed"));
        var root = list.Body.RootElement;
        string? title = null;
        switch (platform)
        {
            case "atsx":
                var count = Number(ListCallFinder.Navigate(root, "data.count"));
                findings.Add(count switch
                {
                    null => new(ProbeFindingKind.Family, "ATSX: data.count is missing: the answer does not look like search/job/posts"),
                    >= 10_000 => new(ProbeFindingKind.Family, $"ATSX: count {Count(count ?? 0)} is at or above the 10,000 window: partitions needed (the atsx adapter partitions by category)"),
                    _ => new(ProbeFindingKind.Family, $"ATSX: count {Count(count ?? 0)} is within the 10,000 window: one pass pages through it"),
                });
                title = First(root, "data.job_post_list", "title");
                break;
            case "moka":
                var data = ListCallFinder.Navigate(root, "data");
                findings.Add(data is { ValueKind: JsonValueKind.String }
                    ? new(ProbeFindingKind.Family, "Moka: jobs/v2 answers an encrypted data string, as the moka adapter expects (it decrypts with the page's key)")
                    : new(ProbeFindingKind.Family, "Moka: jobs/v2 answered without an encrypted data string: the moka adapter's decryption will not apply"));
                break;
            case "alibaba":
                var total = Number(ListCallFinder.Navigate(root, "content.totalCount"));
                findings.Add(total switch
                {
                    null => new(ProbeFindingKind.Family, "Alibaba: content.totalCount is missing: the answer does not look like position/search"),
                    > 500 => new(ProbeFindingKind.Family, $"Alibaba: totalCount {Count(total ?? 0)} is above the 500-per-filter cap some BU hosts apply: the alibaba adapter splits by filter"),
                    _ => new(ProbeFindingKind.Family, $"Alibaba: totalCount {Count(total ?? 0)} is within the 500-per-filter cap"),
                });
                title = First(root, "content.datas", "name");
                break;
        }

        if (title is null)
        {
            findings.Add(new(ProbeFindingKind.Family, $"{family.Name}: no posting title readable from the list answer, so no detail page was tried"));
            return findings;
        }

        var before = recorder.Latest;
        var clicked = await page.EvaluateAsync<bool>(ProbeScripts.ClickTitle, title).ConfigureAwait(false);
        var detail = clicked ? await recorder.WaitForAsync(a => a.Path.Contains(family.DetailMarker, StringComparison.Ordinal) && !IsList(a), before, wait, time, cancellationToken).ConfigureAwait(false) : null;
        findings.Add(detail is null
            ? new(ProbeFindingKind.Family, $"{family.Name}: detail answer ({family.DetailMarker.Trim('/')}) not seen within {wait.TotalSeconds:0} s after opening '{title}'" + (clicked ? "" : " (its title was not on the page)"))
            : new(ProbeFindingKind.Family, $"{family.Name}: detail answer {detail.Path} seen (HTTP {detail.Status}) after opening '{title}'"));
        return findings;
    }

    private static int? Number(JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var v) ? v : null;

    private static string? First(JsonElement root, string arrayPath, string field) =>
        ListCallFinder.Navigate(root, arrayPath) is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0 &&
        a[0].TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Formats a count for a finding (invariant culture).</summary>
    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
