using System.Text;

namespace Crawler.Lab.Atsx;

/// <summary>
/// The lab's stand-in for ByteDance's in-page <c>_signature</c>: two keyed 32-bit FNV-1a passes over
/// <c>path + "?" + query-without-signature + "\n" + body</c>. The page script (atsx-app.js) holds the same
/// secret and function, so only a client that runs the page (or copies it) can sign.
/// </summary>
internal static class AtsxSignature
{
    /// <summary>Must equal <c>SIGNATURE_SECRET</c> in atsx-app.js (a test parses it).</summary>
    public const string Secret = "atsx-lab-7f3a91c2";

    public const string QueryName = "_signature";

    public static string Compute(string path, string query, string body)
    {
        var message = $"{path}?{query}\n{body}";
        var first = Fnv1a(Secret + "\n" + message, 0x811c9dc5);
        var second = Fnv1a(message + "\n" + Secret, first);
        return $"{first:x8}{second:x8}";
    }

    /// <summary>True when <paramref name="rawQuery"/> carries the signature of itself (without it), the path and the body.</summary>
    public static bool Verify(string path, string rawQuery, string body)
    {
        var parts = rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);
        var signature = parts.FirstOrDefault(p => p.StartsWith(QueryName + "=", StringComparison.Ordinal));
        if (signature is null)
        {
            return false;
        }

        var unsigned = string.Join('&', parts.Where(p => !p.StartsWith(QueryName + "=", StringComparison.Ordinal)));
        return signature[(QueryName.Length + 1)..] == Compute(path, unsigned, body);
    }

    /// <summary>Appends <c>_signature</c> the way the page does; for tests and tools that call the API without a browser.</summary>
    public static string SignedPathAndQuery(string path, string query, string body)
    {
        var signature = Compute(path, query, body);
        return query.Length == 0 ? $"{path}?{QueryName}={signature}" : $"{path}?{query}&{QueryName}={signature}";
    }

    private static uint Fnv1a(string text, uint basis)
    {
        var hash = basis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash = unchecked(hash * 16777619u);
        }

        return hash;
    }
}
