using System.Text.Json.Nodes;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Moka;

/// <summary>The ways a Moka API call ends: always HTTP 200 with the encrypted envelope, unless a fault says otherwise.</summary>
internal static class MokaResponses
{
    /// <summary>
    /// Encrypts the plaintext under a fresh key and sends <c>{data, necromancer}</c>. <c>corrupt</c> encrypts
    /// under a different key than the one announced (the answer cannot be decrypted); <c>truncate</c> cuts
    /// the outer JSON in half.
    /// </summary>
    public static Task Encrypted(HttpContext context, JsonNode plaintext, string iv, bool corrupt = false, bool truncate = false)
    {
        var key = MokaCipher.NewKey();
        var data = MokaCipher.Encrypt(LabJson.Write(plaintext), corrupt ? MokaCipher.NewKey() : key, iv);
        return LabResponses.Json(context, LabJson.Write(new JsonObject { ["data"] = data, ["necromancer"] = key }), truncate);
    }
}
