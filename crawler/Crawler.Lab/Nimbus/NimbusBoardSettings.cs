namespace Crawler.Lab.Nimbus;

/// <summary>The declarative settings an operator writes for the job board (see docs/declarative.md).</summary>
internal static class NimbusBoardSettings
{
    /// <summary><c>nimbus-board</c> by API capture: the search answers, the "下一页" pager, recovery through "重试".</summary>
    public static IReadOnlyDictionary<string, string> Api { get; } = new Dictionary<string, string>
    {
        ["mode"] = "api",
        ["api.urlContains"] = "/api/board/search",
        ["api.method"] = "POST",
        ["api.okPath"] = "code",
        ["api.okValue"] = "0",
        ["api.itemsPath"] = "data.list[]",
        ["api.totalPath"] = "data.total",
        ["api.field.id"] = "jobId",
        ["api.field.title"] = "jobTitle",
        ["api.field.description"] = "jobDesc",
        ["api.field.requirement"] = "jobRequire",
        ["api.field.cities"] = "cityList[]",
        ["api.field.category"] = "deptName",
        ["api.field.recruitType"] = "recruitType",
        ["api.field.publishedAt"] = "updateTime",
        ["track.campus"] = "校招",
        ["track.intern"] = "实习",
        ["track.experienced"] = "社招",
        ["next.kind"] = "click",
        ["next.selector"] = "button.nb-next",
        ["dom.error"] = ".nb-error",
        ["dom.retry"] = "button.nb-retry",
        ["detail.kind"] = "urlTemplate",
        ["detail.urlTemplate"] = "#/job/{id}",
        ["detail.ready"] = "section.nb-detail[data-job-id=\"{id}\"]",
        ["detail.content"] = "section.nb-detail",
        ["detail.navigation"] = "hash",
    };

    /// <summary><c>nimbus-cards</c> by DOM selectors: click-only cards, ids from the detail URL, several cities in one element.</summary>
    public static IReadOnlyDictionary<string, string> Dom { get; } = new Dictionary<string, string>
    {
        ["mode"] = "dom",
        ["dom.item"] = ".nb-card",
        ["dom.field.title"] = ".nb-title",
        ["dom.field.cities"] = ".nb-cities",
        ["dom.field.cities.split"] = "/",
        ["dom.field.category"] = ".nb-dept",
        ["dom.field.recruitType"] = ".nb-type",
        ["dom.total"] = ".nb-count",
        ["dom.error"] = ".nb-error",
        ["dom.retry"] = "button.nb-retry",
        ["track.campus"] = "校招",
        ["track.intern"] = "实习",
        ["track.experienced"] = "社招",
        ["next.kind"] = "click",
        ["next.selector"] = "button.nb-next",
        ["detail.kind"] = "click",
        ["detail.idFromUrl"] = "#/job/(?<id>[^/?#]+)",
        ["detail.ready"] = "section.nb-detail[data-job-id=\"{id}\"]",
        ["detail.content"] = "section.nb-detail",
        ["detail.field.description"] = ".nb-desc",
        ["detail.field.requirement"] = ".nb-req",
        ["detail.back"] = "button.nb-back",
        ["detail.navigation"] = "hash",
    };

    /// <summary>
    /// <c>nimbus-details</c> by API capture: the list answer has no texts, so description and requirement are read
    /// from each posting's detail answer, and a quarter of the unchanged postings is read again per run. No detail
    /// selector: a detail is proven by its own answer and the listed title, as on a portal whose DOM we never saw.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DetailOnly { get; } = new Dictionary<string, string>(
        Api.Where(p => p.Key is not ("api.field.description" or "api.field.requirement" or "detail.ready" or "detail.content")))
    {
        ["api.urlContains"] = "/api/details/search",
        ["detail.api.urlContains"] = "/api/details/jobs/{id}",
        ["detail.api.okPath"] = "code",
        ["detail.api.okValue"] = "0",
        ["detail.api.field.description"] = "data.jobDesc",
        ["detail.api.field.requirement"] = "data.jobRequire",
        ["detail.revalidate.share"] = "0.25",
    };

    /// <summary>
    /// <c>nimbus-opaque</c> by DOM selectors: click-only cards whose detail route <c>#/p/{token}</c> hides the id and
    /// whose DOM never shows it, so the id is read from the detail answer the page fetched (the one carrying the card's title).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Opaque { get; } = new Dictionary<string, string>(
        Dom.Where(p => p.Key is not ("detail.idFromUrl" or "detail.ready" or "detail.content")))
    {
        ["detail.idFromAnswer"] = "data.jobId",
        ["detail.ready"] = "section.nb-detail",
        ["detail.content"] = "section.nb-detail",
    };

    /// <summary><c>nimbus-posted</c> by API capture: description and requirement only in the detail answer, asked for by <c>POST /api/posted/detail {"jobId": …}</c>.</summary>
    public static IReadOnlyDictionary<string, string> Posted { get; } = new Dictionary<string, string>(DetailOnly)
    {
        ["api.urlContains"] = "/api/posted/search",
        ["detail.api.urlContains"] = "/api/posted/detail",
        ["detail.api.method"] = "POST",
        ["detail.api.body"] = "{\"jobId\":\"{id}\"}",
        ["detail.api.contentType"] = "application/json",
    };
}
