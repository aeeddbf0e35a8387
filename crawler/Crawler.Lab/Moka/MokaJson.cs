using System.Globalization;
using System.Text.Json.Nodes;

namespace Crawler.Lab.Moka;

/// <summary>Writes jobs, the decrypted envelope and the page's <c>init-data</c> with the field names of portals.md §2.</summary>
internal static class MokaJson
{
    /// <summary>The plaintext inside every encrypted answer.</summary>
    public static JsonObject Envelope(JsonNode? data) => new()
    {
        ["code"] = 0, ["codeType"] = 0, ["msg"] = "成功", ["success"] = true, ["data"] = data,
    };

    /// <summary>A business error (limit above 50: 102; a job asked for on the wrong site: 703015).</summary>
    public static JsonObject Error(int code, string message) => new()
    {
        ["code"] = code, ["codeType"] = 1, ["msg"] = message, ["success"] = false, ["data"] = null,
    };

    /// <summary>The 23 list fields. DeepSeek-like tenants omit <c>publishedAt</c> and <c>commitment</c> here.</summary>
    public static JsonObject ListJob(MokaPost post, MokaSiteSpec spec)
    {
        var p = post.Posting;
        var job = new JsonObject
        {
            ["id"] = p.Id,
            ["orgId"] = spec.OrgId,
            ["title"] = p.Title,
            ["commitment"] = p.RecruitTypeName,
            ["zhineng"] = new JsonObject { ["id"] = post.ZhinengId, ["name"] = p.CategoryPath },
            ["locations"] = new JsonArray([.. post.Locations.Select(l => (JsonNode)Location(l))]),
            ["status"] = post.Status,
            ["publishedAt"] = Time(p.PublishedAt),
            ["createdAt"] = Time(post.CreatedAt),
            ["openedAt"] = Time(p.PublishedAt),
            ["updatedAt"] = Time(post.UpdatedAt),
            ["closedAt"] = post.Online ? null : Time(post.UpdatedAt),
            ["hireMode"] = spec.IsCampusSite ? 2 : 1,
            ["deptId"] = post.Department.Id,
            ["attributeId"] = 1,
            ["prior"] = post.Prior,
            ["showIsCampus"] = spec.IsCampusSite,
            ["multiLocale"] = false,
            ["category2Id"] = null,
            ["salaryUnit"] = 0,
            ["campusSites"] = new JsonArray(),
            ["applicantLimitCheck"] = false,
        };
        if (post.DescriptionHtml is not null)
        {
            job["jobDescription"] = post.DescriptionHtml;
        }

        if (spec.ListOmitsDates)
        {
            job.Remove("publishedAt");
            job.Remove("commitment");
        }

        return job;
    }

    /// <summary>The detail call's job: every list field (dates always present) plus the detail-only ones.</summary>
    public static JsonObject DetailJob(MokaPost post, MokaSiteSpec spec)
    {
        var job = ListJob(post, spec with { ListOmitsDates = false });
        var department = new JsonObject { ["id"] = post.Department.Id, ["name"] = post.Department.Name };
        job["department"] = department;
        job["departments"] = new JsonArray(department.DeepClone());
        job["projectFolder"] = spec.IsCampusSite ? new JsonObject { ["id"] = 90_001, ["name"] = "2027届校园招聘" } : null;
        job["minSalary"] = null;
        job["maxSalary"] = null;
        job["finishedAt"] = null;
        return job;
    }

    /// <summary>The page's <c>init-data</c>: org, site, AES IV, the first few jobs, totals and per-city counts.</summary>
    public static JsonObject InitData(LabSite site, MokaSiteSpec spec, IReadOnlyList<MokaPost> listed) => new()
    {
        ["org"] = new JsonObject
        {
            ["id"] = spec.OrgId, ["name"] = site.Company, ["displayName"] = spec.OrgDisplayName, ["siteId"] = spec.SiteId,
            ["type"] = spec.IsCampusSite ? "camp" : "social", ["siteName"] = spec.IsCampusSite ? "校园招聘" : "社会招聘",
            ["customTitle"] = $"{spec.OrgDisplayName}{(spec.IsCampusSite ? "校园招聘" : "社会招聘")}",
        },
        ["siteId"] = spec.SiteId,
        ["mode"] = spec.SiteKind,
        ["aesIv"] = spec.AesIv,
        ["jobs"] = new JsonArray([.. listed.Take(3).Select(p => (JsonNode)ListJob(p, spec))]),
        ["jobStats"] = new JsonObject { ["total"] = listed.Count },
        ["jobsGroupedByLocation"] = new JsonArray([.. listed.SelectMany(p => p.Locations).Where(l => l.CityId is not null)
            .GroupBy(l => l.CityId).Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.First().Id, ["label"] = g.First().CityName, ["cityId"] = g.Key, ["jobCount"] = g.Count(),
            })]),
    };

    private static JsonObject Location(MokaLocation location)
    {
        var node = new JsonObject { ["country"] = location.Country };
        if (location.CityId is not null)
        {
            node["id"] = location.Id;
            node["provinceId"] = location.ProvinceId;
            node["provinceName"] = location.ProvinceName;
            node["cityId"] = location.CityId;
            node["cityName"] = location.CityName;
            node["address"] = location.Address;
        }

        return node;
    }

    /// <summary>China time without a zone, as Moka sends it.</summary>
    private static string Time(DateTimeOffset value) =>
        value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
