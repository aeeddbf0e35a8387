using System.Globalization;
using Crawler.Model;

namespace Crawler.Portals.Moka;

/// <summary>A Moka source's adapter settings (the <c>settings</c> of a source).</summary>
/// <param name="PageSize"><c>pageSize</c>: rows per <c>jobs/v2</c> call, 1–50 (the server's maximum). Default 50.</param>
/// <param name="PageDelay"><c>pageDelay</c>: pause between list pages; crawlers of the real site waited at least 250 ms. Default 250 ms.</param>
/// <param name="DetailConcurrency"><c>detailConcurrency</c>: <c>website/job</c> calls at once when rows lack list fields. Default 4.</param>
public sealed record MokaSettings(int PageSize, TimeSpan PageDelay, int DetailConcurrency)
{
    public const int MaxPageSize = 50;

    public static MokaSettings From(SourceDefinition source)
    {
        var pageSize = Int(source, "pageSize", MaxPageSize);
        if (pageSize is < 1 or > MaxPageSize)
            throw new PortalException($"source {source.Id}: setting 'pageSize' is {pageSize}; Moka accepts 1 to {MaxPageSize} (above it answers business code 102)");
        var delay = source.Setting("pageDelay") is { } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed) && parsed >= TimeSpan.Zero
                ? parsed
                : throw new PortalException($"source {source.Id}: setting 'pageDelay' '{text}' is not a duration like 00:00:00.250")
            : TimeSpan.FromMilliseconds(250);
        var concurrency = Int(source, "detailConcurrency", 4);
        if (concurrency is < 1 or > 16) throw new PortalException($"source {source.Id}: setting 'detailConcurrency' must be 1 to 16");
        return new MokaSettings(pageSize, delay, concurrency);
    }

    private static int Int(SourceDefinition source, string name, int fallback)
    {
        var text = source.Setting(name);
        if (text is null) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PortalException($"source {source.Id}: setting '{name}' '{text}' is not a whole number");
    }
}
