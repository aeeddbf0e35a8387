using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

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
        var data = MokaCipher.Encrypt(MokaJson.Write(plaintext), corrupt ? MokaCipher.NewKey() : key, iv);
        var bytes = Encoding.UTF8.GetBytes(MokaJson.Write(new JsonObject { ["data"] = data, ["necromancer"] = key }));
        if (truncate)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    public static Task Text(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(text, context.RequestAborted);
    }
}
