using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crawler.Model;

namespace Crawler.Tests.Support;

/// <summary>
/// Builders for store tests. Timestamps are whole milliseconds in UTC because that is what every store
/// (MongoDB keeps milliseconds) can round-trip; vary fields with <c>with</c> expressions.
/// </summary>
public static class StoreTestData
{
    /// <summary>The study's snapshot day, 08:00 UTC.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions CompareOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SourceDefinition Source(string id = "bytedance-campus", string company = "ByteDance") => new()
    {
        Id = id,
        Company = company,
        Platform = "atsx",
        EntryUrl = new Uri($"https://jobs.example.test/{id}/position"),
        Interval = TimeSpan.FromHours(6),
        Settings = new Dictionary<string, string> { ["pageSize"] = "20" },
    };

    /// <summary>A posting as a portal sends it; the raw payload has spacing and escapes a re-serialiser would change.</summary>
    public static ObservedPosting Observed(string portalId, string title = "大模型算法工程师 (Seed)") => new()
    {
        PortalId = portalId,
        Title = title,
        Description = "负责大模型训练 & 推理优化; literal &amp; stays",
        Requirement = "3年以上经验 / 3+ years of experience",
        Cities = ["北京", "上海", "杭州"],
        Category = "研发 / 算法",
        Track = RecruitTrack.Experienced,
        RecruitType = "社招",
        Url = $"https://jobs.example.test/position/{portalId}/detail",
        PublishedAt = T0.AddDays(-3),
        PortalStatus = "open",
        RawJson = "{\"id\": \"" + portalId + "\",  \"title\":\"\\u5927\\u6a21\\u578b\" ,\"city_list\":[ {\"code\":\"CT_11\",\"name\":\"北京\"}],\"n\":1.50,\"x\":null}",
    };

    public static StoredPosting Posting(string sourceId, string portalId, string company = "ByteDance") => new()
    {
        Key = $"{sourceId}:{portalId}",
        SourceId = sourceId,
        Company = company,
        Posting = Observed(portalId),
        Status = PostingStatus.Active,
        FirstSeen = T0,
        LastSeen = T0.AddHours(1),
        MissCount = 0,
        ContentHash = "c-" + portalId,
        PayloadHash = "p-" + portalId,
        SnapshotId = "s-" + portalId,
        SnapshotAt = T0.AddMinutes(5),
        EventCount = 1,
        Derived = new DerivedFields
        {
            MinYearsExperience = 3,
            IsCampus = false,
            Cities = ["Beijing", "Shanghai", "Hangzhou"],
            AreaTags = ["coding-agents", "voice"],
            GoToMarket = "none",
            RulesVersion = 2,
        },
    };

    public static RunRecord Run(string sourceId, string runId, DateTimeOffset startedAt, string workerId = "worker-a") => new()
    {
        Id = runId,
        SourceId = sourceId,
        WorkerId = workerId,
        StartedAt = startedAt,
        Status = RunStatus.Running,
    };

    /// <summary>The run as a finished, complete crawl reports it.</summary>
    public static RunRecord Finished(RunRecord run, DateTimeOffset finishedAt) => run with
    {
        FinishedAt = finishedAt,
        Status = RunStatus.Complete,
        Pages = 5,
        Seen = 98,
        New = 3,
        Changed = 2,
        Gone = 1,
        Snapshots = 4,
        Suspect = true,
        Errors = ["page 3: HTTP 429, retried", "详情页超时"],
        Evidence = new CompletenessEvidence
        {
            ReportedTotal = 98,
            TotalStable = true,
            UniqueIds = 98,
            PagesFetched = 5,
            PagesFailed = 0,
            CapHit = false,
            Partitions = 2,
            Notes = ["partitioned by category", "城市分区"],
        },
    };

    /// <summary>An event with the deterministic id the change detector gives it.</summary>
    public static ChangeEvent Event(StoredPosting posting, ChangeKind kind, string runId, DateTimeOffset createdAt) => new()
    {
        Id = $"{posting.Key}:{posting.EventCount}:{kind.ToString().ToLowerInvariant()}",
        Kind = kind,
        PostingKey = posting.Key,
        SourceId = posting.SourceId,
        Company = posting.Company,
        Title = posting.Posting.Title,
        Cities = posting.Posting.Cities,
        Url = posting.Posting.Url,
        RunId = runId,
        ChangedFields = kind == ChangeKind.Changed ? ["title", "requirement"] : [],
        Changes = kind == ChangeKind.Changed
            ?
            [
                new FieldChange { Field = "title", Old = "算法工程师", New = posting.Posting.Title },
                new FieldChange { Field = "requirement", Old = "本科\n3年以上", New = "本科\n5年以上", Diff = ["-3年以上", "+5年以上"] },
            ]
            : [],
        CreatedAt = createdAt,
    };

    public static Snapshot Snapshot(string id, string postingKey, byte[] compressedHtml, string text = "大模型算法工程师 职位描述") => new()
    {
        Id = id,
        PostingKey = postingKey,
        Url = $"https://jobs.example.test/position/{postingKey}/detail",
        CapturedAt = T0.AddMinutes(7),
        CompressedHtml = compressedHtml,
        Text = text,
    };

    public static byte[] Gzip(string html)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        return buffer.ToArray();
    }

    /// <summary>Random (incompressible) bytes of the given size, seeded so a failure reproduces.</summary>
    public static byte[] RandomBytes(int size, int seed = 42)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A deep, readable rendering for comparing records that hold lists (records compare lists by reference).</summary>
    public static string Render<T>(T value) => JsonSerializer.Serialize(value, CompareOptions);
}
