using System.Text.Json.Nodes;

namespace Crawler.Lab.Atsx;

/// <summary>Writes postings, categories and cities with the field names and shapes of portals.md §1.1.</summary>
internal static class AtsxJson
{
    public static JsonObject Envelope(JsonNode? data) => new()
    {
        ["code"] = 0,
        ["message"] = "ok",
        ["error"] = null,
        ["data"] = data,
    };

    public static JsonObject Post(AtsxPost post)
    {
        var p = post.Posting;
        return new JsonObject
        {
            ["id"] = p.Id,
            ["code"] = p.Code,
            ["title"] = p.Title,
            ["sub_title"] = post.HotFlag == 1 ? "" : null,
            ["description"] = p.Description,
            ["requirement"] = p.Requirement,
            ["job_category"] = Category(AtsxCategoryTree.Get(p.CategoryId)),
            ["job_function"] = null,
            ["city_info"] = post.HasCityInfo ? City(AtsxCity.Get(p.CityCodes[0])) : null,
            ["city_list"] = new JsonArray([.. p.CityCodes.Select(c => (JsonNode)City(AtsxCity.Get(c)))]),
            ["recruit_type"] = RecruitType(post.RecruitType),
            ["publish_time"] = p.PublishedAt.ToUnixTimeMilliseconds(),
            ["job_subject"] = post.Subject is null ? null : Subject(post.Subject),
            ["job_hot_flag"] = post.HotFlag,
            ["department_id"] = post.Department.Id,
            ["job_process_id"] = "6890400366574184718",
            ["recommend_id"] = Random.Shared.NextInt64(1_000_000_000_000_000, 9_999_999_999_999_999).ToString(),
            ["storefront_mode"] = 2,
            ["storefront_list"] = null,
            ["process_type"] = 1,
            ["tag_list"] = new JsonArray(),
            ["job_post_info"] = PostInfo(p.Id),
        };
    }

    public static JsonObject Category(AtsxCategory category) => new()
    {
        ["id"] = category.Id,
        ["name"] = category.Name,
        ["en_name"] = category.EnName,
        ["i18n_name"] = category.Name,
        ["depth"] = category.IsRoot ? 1 : 2,
        ["parent"] = category.ParentId is null ? null : Category(AtsxCategoryTree.Get(category.ParentId)),
        ["children"] = null,
    };

    /// <summary>A root with its leaves, as in <c>job_type_list</c>.</summary>
    public static JsonObject CategoryTree(AtsxCategory root)
    {
        var node = Category(root);
        node["children"] = new JsonArray([.. AtsxCategoryTree.Children(root.Id).Select(c => (JsonNode)Category(c))]);
        return node;
    }

    public static JsonObject City(AtsxCity city) => new()
    {
        ["code"] = city.Code,
        ["name"] = city.Name,
        ["en_name"] = city.EnName,
        ["i18n_name"] = city.Name,
        ["location_type"] = null,
        ["py_name"] = city.PinYin,
        ["mdm_code"] = city.MdmCode,
        ["node_status"] = 1,
    };

    public static JsonObject RecruitType(AtsxRecruitType type) => new()
    {
        ["id"] = type.Id,
        ["name"] = type.Name,
        ["en_name"] = type.EnName,
        ["i18n_name"] = type.Name,
        ["depth"] = 2,
        ["parent"] = new JsonObject
        {
            ["id"] = type.ParentId,
            ["name"] = type.ParentName,
            ["en_name"] = type.ParentEnName,
            ["i18n_name"] = type.ParentName,
            ["depth"] = 1,
            ["parent"] = null,
            ["active_status"] = 1,
            ["selectability"] = 1,
        },
        ["active_status"] = 1,
        ["selectability"] = 1,
    };

    public static JsonObject Subject(AtsxSubject subject) => new()
    {
        ["id"] = subject.Id,
        ["name"] = new JsonObject { ["zh_cn"] = subject.NameZh, ["en_us"] = subject.NameEn, ["i18n"] = subject.NameZh },
        ["limit_count"] = subject.LimitCount,
        ["active_status"] = 1,
        ["subject_group_info"] = null,
    };

    private static JsonObject PostInfo(string id) => new()
    {
        ["job_post_id"] = id,
        ["min_salary"] = null,
        ["max_salary"] = null,
        ["salary_period"] = null,
        ["currency"] = null,
        ["head_count"] = null,
        ["degree"] = null,
        ["experience"] = null,
        ["expiry_time"] = null,
        ["job_attribute"] = null,
        ["address_list"] = null,
        ["custom_field_list"] = null,
        ["job_post_object_list"] = null,
    };
}
