namespace Crawler.Benchmarks.Crawl;

/// <summary>
/// What <c>crawl</c> measures: postings on the lab site, which portal family, whether Crawlee runs too, where results
/// go, whether the kill-and-resume scenario runs, whether the re-crawl is skipped, and the extra arguments every
/// <c>crawler crawl</c> of the run gets (<c>--crawler-arg</c>, repeatable: a setting under test, named in the results).
/// </summary>
internal sealed record CrawlSettings(int Postings, string Family, bool Crawlee, string OutDirectory, bool KillAndResume = false)
{
    /// <summary>Extra arguments for every crawl of this crawler (e.g. <c>--browser:detailParallelism=4</c>).</summary>
    public IReadOnlyList<string> CrawlerArgs { get; init; } = [];

    /// <summary>Only the first crawl (and Crawlee's, and the kill test): no churn, no re-crawl.</summary>
    public bool FirstOnly { get; init; }

    /// <summary>How often each run's process tree is sampled for its PSS (<c>--sample-ms</c>, 50 to 5,000; default 200).</summary>
    public TimeSpan SampleInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Share of the postings changed between the first crawl and the re-crawl (issue 14: 1%).</summary>
    public const double Churn = 0.01;

    /// <summary>The lab site crawled for each family: the declarative one is the job board of issue 14 (click pager, hash-routed details).</summary>
    public static IReadOnlyDictionary<string, string> SiteOfFamily { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["declarative"] = "nimbus-board",
        ["atsx"] = "bytedance-experienced",
        ["moka"] = "moonshot-social",
        ["alibaba"] = "alibaba-tongyi",
    };

    public string SiteId => SiteOfFamily[Family];

    public static CrawlSettings Parse(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var postings = int.Parse(Arg("--postings") ?? "1600", System.Globalization.CultureInfo.InvariantCulture);
        if (postings < 100) throw new ArgumentException("--postings must be at least 100 (1% churn of it must be a posting or more)");
        var family = Arg("--family") ?? "declarative";
        if (!SiteOfFamily.ContainsKey(family)) throw new ArgumentException($"--family must be one of {string.Join(", ", SiteOfFamily.Keys)}, not '{family}'");
        var crawlee = args.Contains("--crawlee");
        if (crawlee && family != "declarative") throw new ArgumentException("--crawlee has a crawl script for the declarative job board only (crawlee/crawl.mjs)");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var sampleMs = int.Parse(Arg("--sample-ms") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
        if (sampleMs is < 50 or > 5000) throw new ArgumentException("--sample-ms must be from 50 to 5000");
        var crawlerArgs = args.Select((a, i) => (a, i)).Where(x => x.a == "--crawler-arg" && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();
        return new CrawlSettings(postings, family, crawlee, Arg("--out") ?? Path.Combine("data", "bench", stamp), args.Contains("--kill"))
        {
            CrawlerArgs = crawlerArgs, FirstOnly = args.Contains("--first-only"), SampleInterval = TimeSpan.FromMilliseconds(sampleMs),
        };
    }
}
