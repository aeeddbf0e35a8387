using System.Text.Json.Nodes;

namespace Crawler.Lab.Atsx;

/// <summary>The body of <c>GET /api/v1/config/job/filters/{portal_type}</c> for one site.</summary>
internal static class AtsxFilters
{
    public static JsonObject For(LabSite site)
    {
        AtsxRecruitType[] types = site.Spec.IsCampusSite ? [AtsxRecruitType.Regular, AtsxRecruitType.Intern] : [AtsxRecruitType.FullTime];
        var parent = types[0];
        return new JsonObject
        {
            ["job_type_list"] = new JsonArray([.. AtsxCategoryTree.Roots.Select(r => (JsonNode)AtsxJson.CategoryTree(r))]),
            ["city_list"] = new JsonArray([.. AtsxCity.All.Select(c => (JsonNode)AtsxJson.City(c))]),
            ["job_subject_list"] = new JsonArray([.. site.Spec.Subjects.Select(s => (JsonNode)AtsxJson.Subject(s))]),
            ["recruitment_type_list"] = new JsonArray(new JsonObject
            {
                ["id"] = parent.ParentId,
                ["name"] = parent.ParentName,
                ["en_name"] = parent.ParentEnName,
                ["i18n_name"] = parent.ParentName,
                ["depth"] = 1,
                ["children"] = new JsonArray([.. types.Select(t => (JsonNode)AtsxJson.RecruitType(t))]),
            }),
            ["job_function_list"] = new JsonArray(),
        };
    }
}
