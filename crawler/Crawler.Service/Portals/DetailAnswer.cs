using System.Text.Json;

namespace Crawler.Portals;

/// <summary>
/// The JSON call a detail page makes for its posting: method, the end of its path, and where the posting id
/// appears (the path, or a top-level value of the JSON request body). An answer with HTTP status 400 or above,
/// or one <see cref="Verdict"/> rejects, fails the detail at once instead of after the timeout.
/// </summary>
/// <param name="Method">HTTP method, e.g. <c>GET</c>.</param>
/// <param name="PathEndsWith">The request path ends with this (case-insensitive), e.g. <c>/api/v1/job/posts/123</c>.</param>
/// <param name="BodyId">When set, the JSON request body must carry this value at its top level (the id of a POST detail call).</param>
/// <param name="Verdict">Reads the answer body; returns why it is an error answer (a business code), or null when it is fine.</param>
public sealed record DetailAnswer(string Method, string PathEndsWith, string? BodyId, Func<string, string?> Verdict)
{
    /// <summary>A short description for messages, e.g. <c>POST …/position/detail (id 123)</c>.</summary>
    public string Describe() => $"{Method} …{PathEndsWith}" + (BodyId is null ? "" : $" (id {BodyId} in the body)");

    /// <summary>Whether a request of the page is this call.</summary>
    public bool Matches(string method, Uri url, string? body)
    {
        if (!string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) ||
            !Uri.UnescapeDataString(url.AbsolutePath).EndsWith(PathEndsWith, StringComparison.OrdinalIgnoreCase)) return false;
        return BodyId is null || BodyHasId(body, BodyId);
    }

    /// <summary>A verdict for answers shaped <c>{code: 0, …}</c>: any other code is an error.</summary>
    public static string? CodeMustBeZero(string body) => Read(body, root =>
        root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number && code.GetRawText() != "0"
            ? $"business code {code.GetRawText()}" + Message(root, "message", "msg")
            : null);

    /// <summary>A verdict for answers shaped <c>{success: true, …}</c>.</summary>
    public static string? SuccessMustBeTrue(string body) => Read(body, root =>
        root.TryGetProperty("success", out var ok) && ok.ValueKind == JsonValueKind.False
            ? "success:false" + Message(root, "errorCode", "errorMsg")
            : null);

    private static string? Read(string body, Func<JsonElement, string?> check)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? check(document.RootElement) : "answer is not a JSON object";
        }
        catch (JsonException ex)
        {
            return "answer is not JSON: " + ex.Message;
        }
    }

    private static string Message(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                return $" ({name} {value})";
        }

        return "";
    }

    private static bool BodyHasId(string? body, string id)
    {
        if (string.IsNullOrEmpty(body)) return false;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return false;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                if (value.ValueKind == JsonValueKind.String ? value.GetString() == id : value.ValueKind == JsonValueKind.Number && value.GetRawText() == id)
                    return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
