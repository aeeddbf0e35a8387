using System.Globalization;
using Crawler.Model;

namespace Crawler.Portals.Alibaba;

/// <summary>
/// The adapter settings of an Alibaba-family source (<c>settings</c> in the sources file).
/// </summary>
/// <param name="PageSize"><c>pageSize</c>: records per search call, 1–100. Default 100 (the UI uses 10).</param>
/// <param name="ListChannel"><c>channel</c>: the list body's channel. Default <c>group_official_site</c>, campus <c>campus_group_official_site</c>.</param>
/// <param name="Language"><c>language</c>. Default <c>zh</c>.</param>
/// <param name="ResultCap"><c>resultCap</c>: results one filter combination can return. Default 500 (careers.aliyun.com).</param>
/// <param name="Campus"><c>campus</c>: true for campus-talent (batches). Default: the entry path starts with <c>/campus/</c>.</param>
/// <param name="Batches"><c>batches</c>: comma-separated campus batch ids to crawl. Default: every batch listBatch offers.</param>
internal sealed record AlibabaSettings(
    int PageSize, string ListChannel, string Language, int ResultCap, bool Campus, IReadOnlySet<string> Batches)
{
    public static AlibabaSettings From(SourceDefinition source)
    {
        var campus = bool.TryParse(source.Setting("campus"), out var c) ? c : AlibabaPostingParser.IsCampus(source.EntryUrl);
        var pageSize = Int(source, "pageSize", 100);
        if (pageSize is < 1 or > 100) throw new PortalException($"Source '{source.Id}': setting pageSize must be 1–100, got {pageSize}");
        return new AlibabaSettings(
            pageSize,
            source.Setting("channel", campus ? "campus_group_official_site" : "group_official_site")!,
            source.Setting("language", "zh")!,
            Int(source, "resultCap", 500),
            campus,
            (source.Setting("batches") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal));
    }

    private static int Int(SourceDefinition source, string name, int fallback) =>
        source.Setting(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new PortalException($"Source '{source.Id}': setting {name} must be a whole number, got '{text}'")
            : fallback;
}
