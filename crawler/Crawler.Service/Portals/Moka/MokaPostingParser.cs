using System.Globalization;
using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>
/// Reads one Moka job (a <c>jobs/v2</c> row, or the <c>website/job</c> answer) into an <see cref="ObservedPosting"/>
/// (portals.md §2.2). The description is HTML and becomes plain text; a time without a zone is China time.
/// </summary>
public static class MokaPostingParser
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    /// <summary>True when the row lacks a field the list should carry (DeepSeek's tenant: <c>publishedAt</c>, <c>commitment</c>).</summary>
    public static bool NeedsDetail(JsonElement job) =>
        JsonFields.Child(job, "publishedAt") is null || JsonFields.Child(job, "commitment") is null;

    public static ObservedPosting Parse(JsonElement job, Uri entryUrl, bool campusSite)
    {
        var (id, context) = JsonFields.RecordId(job, "Moka job");
        var commitment = JsonFields.OptionalString(job, "commitment", context);
        return new ObservedPosting
        {
            PortalId = id,
            Title = JsonFields.RequiredString(job, "title", context),
            Description = MokaHtmlText.ToPlainText(JsonFields.OptionalString(job, "jobDescription", context)),
            Cities = Cities(job, context),
            Category = JsonFields.Child(job, "zhineng") is { } zhineng ? NonEmpty(JsonFields.OptionalString(zhineng, "name", context)) : null,
            Track = Track(JsonFields.OptionalLong(job, "hireMode", context), commitment, campusSite),
            RecruitType = NonEmpty(commitment),
            Url = DetailUrl(entryUrl, id).ToString(),
            PublishedAt = ParseTime(JsonFields.OptionalString(job, "publishedAt", context), context),
            PortalStatus = NonEmpty(JsonFields.OptionalString(job, "status", context)),
            RawJson = job.GetRawText(),
        };
    }

    /// <summary>The site page without query decoration or route: what the hash routes hang off.</summary>
    public static Uri SiteUrl(Uri entryUrl) => new(entryUrl.GetLeftPart(UriPartial.Query));

    /// <summary><c>{site}#/job/{uuid}</c>, the detail route of the real page.</summary>
    public static Uri DetailUrl(Uri entryUrl, string id) => new(SiteUrl(entryUrl) + "#/job/" + Uri.EscapeDataString(id));

    /// <summary><c>{site}#/jobs</c>, the list route (the only one that calls <c>jobs/v2</c>).</summary>
    public static Uri ListUrl(Uri entryUrl) => new(SiteUrl(entryUrl) + "#/jobs");

    /// <summary>Campus (hireMode 2 or a campus site): 实习 is an intern, anything else a new graduate; social is experienced.</summary>
    public static RecruitTrack Track(long? hireMode, string? commitment, bool campusSite) =>
        (hireMode ?? (campusSite ? 2 : 1)) switch
        {
            2 => commitment == "实习" ? RecruitTrack.Intern : RecruitTrack.Campus,
            1 => RecruitTrack.Experienced,
            _ => RecruitTrack.Unknown,
        };

    /// <summary>A Moka time; without a zone it is China time (+08:00). Unparseable text is a portal error.</summary>
    public static DateTimeOffset? ParseTime(string? text, string context)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local, ChinaOffset);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned)) return zoned;
        throw new PortalException($"{context}: publishedAt '{text}' is not a date");
    }

    private static List<string> Cities(JsonElement job, string context)
    {
        // cityName may be a district (海淀区); a country-only entry stands for the country.
        return JsonFields.OptionalArray(job, "locations", context)
            .Select(l => NonEmpty(JsonFields.OptionalString(l, "cityName", context)) ?? NonEmpty(JsonFields.OptionalString(l, "country", context)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
