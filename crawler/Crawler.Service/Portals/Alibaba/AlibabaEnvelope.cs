using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Alibaba;

/// <summary>The <c>{success, errorMsg, errorCode, content}</c> envelope every Alibaba API answers with.</summary>
public static class AlibabaEnvelope
{
    /// <summary>
    /// Returns <c>content</c> (null when the portal sent none) after checking <c>success</c> and <c>errorCode</c>.
    /// The caller disposes <paramref name="document"/>.
    /// </summary>
    public static JsonElement? Content(string body, string context, out JsonDocument document)
    {
        document = JsonFields.Parse(body, context);
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new PortalException($"{context}: expected a JSON object, got {root.ValueKind}");
            var success = JsonFields.Child(root, "success");
            var code = JsonFields.OptionalString(root, "errorCode", context);
            if (success is not { ValueKind: JsonValueKind.True } || !string.IsNullOrEmpty(code))
            {
                var message = JsonFields.OptionalString(root, "errorMsg", context) ?? "(no message)";
                throw new PortalException($"{context} answered success:{success?.GetRawText() ?? "(missing)"}, errorCode {code ?? "(none)"}: {message}");
            }

            return JsonFields.Child(root, "content");
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }
}
