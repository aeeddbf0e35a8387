using System.Globalization;
using System.Text.Json;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Moka;

/// <summary>
/// Reads one Moka API answer: the outer <c>{data, necromancer}</c> JSON, its decryption and the inner
/// <c>{code, success, msg, data}</c>. A wrong business code (102: limit above 50; 703015: job not on this site),
/// <c>success:false</c>, a malformed or undecryptable answer are <see cref="PortalException"/>s, never "no jobs".
/// </summary>
public static class MokaAnswer
{
    /// <summary>Returns the inner <c>data</c> (cloned), after every check.</summary>
    public static JsonElement Open(string body, string aesIv, string context)
    {
        string plaintext;
        using (var outer = JsonFields.Parse(body, context))
        {
            var root = outer.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new PortalException($"{context}: answer is {root.ValueKind}, expected an object");
            var data = JsonFields.OptionalString(root, "data", context);
            var key = JsonFields.OptionalString(root, "necromancer", context);
            if (data is null || key is null)
            {
                // An unencrypted error envelope is still an error, with its own code.
                if (JsonFields.OptionalLong(root, "code", context) is { } plainCode && plainCode != 0)
                    throw Business(plainCode, JsonFields.OptionalString(root, "msg", context), context);
                throw new PortalException($"{context}: answer lacks '{(data is null ? "data" : "necromancer")}', cannot decrypt");
            }

            plaintext = MokaCipher.Decrypt(data, key, aesIv, context);
        }

        using var inner = JsonFields.Parse(plaintext, context + " (decrypted)");
        var answer = inner.RootElement;
        var code = JsonFields.OptionalLong(answer, "code", context);
        var success = JsonFields.Child(answer, "success") is { } s && s.ValueKind == JsonValueKind.True;
        if (code != 0 || !success) throw Business(code, JsonFields.OptionalString(answer, "msg", context), context, success);
        return (JsonFields.Child(answer, "data") ?? throw new PortalException($"{context}: success answer without 'data'")).Clone();
    }

    /// <summary>
    /// Checks an answer without its key: an envelope lacking <c>data</c>/<c>necromancer</c> is an error (with
    /// its plain <c>code</c> when it has one); null when it is an encrypted answer.
    /// </summary>
    public static string? EnvelopeVerdict(string body)
    {
        try
        {
            using var outer = JsonDocument.Parse(body);
            var root = outer.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return $"answer is {root.ValueKind}, expected an object";
            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String && root.TryGetProperty("necromancer", out _)) return null;
            return root.TryGetProperty("code", out var code) ? $"business code {code.GetRawText()}" : "answer lacks data/necromancer";
        }
        catch (JsonException ex)
        {
            return "answer is not JSON: " + ex.Message;
        }
    }

    private static PortalException Business(long? code, string? message, string context, bool success = false) =>
        new($"{context}: business code {code?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}, success:{(success ? "true" : "false")}: {message ?? "(no msg)"}");
}
