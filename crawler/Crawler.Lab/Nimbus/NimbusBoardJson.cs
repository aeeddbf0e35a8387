using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;

namespace Crawler.Lab.Nimbus;

/// <summary>The job board's answers: a <c>{code, message, data}</c> envelope around cards with the board's own field names.</summary>
internal static class NimbusBoardJson
{
    /// <summary>jobId, jobTitle, cityList, deptName, recruitType, updateTime, jobDesc, jobRequire.</summary>
    public static NimbusCardFields Fields { get; } = new("jobId", "jobTitle", "cityList", "deptName", "recruitType", "jobDesc", "jobRequire", UpdateTime: "updateTime");

    public static JsonObject Job(AtsxPost post, bool withTexts) => NimbusJson.Card(post, Fields, withTexts);

    /// <summary>Every board answer: business code 0 with data, or a business error with none.</summary>
    public static JsonObject Envelope(int code, string message, JsonNode? data = null) =>
        new() { ["code"] = code, ["message"] = message, ["data"] = data };
}
