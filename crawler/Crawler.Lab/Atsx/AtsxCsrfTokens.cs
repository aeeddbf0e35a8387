using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Crawler.Lab.Atsx;

/// <summary>CSRF tokens a tenant host issued, with how often each was used.</summary>
internal sealed class AtsxCsrfTokens
{
    public const string CookieName = "atsx-csrf-token";
    public const string HeaderName = "x-csrf-token";

    private readonly ConcurrentDictionary<string, int> uses = new(StringComparer.Ordinal);

    /// <summary>A new token; base64 so that the cookie needs URL-encoding, as the real one does.</summary>
    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)) + "+/=";
        uses[token] = 0;
        return token;
    }

    /// <summary>Checks and counts one use of <paramref name="token"/>.</summary>
    public CsrfCheck Use(string? token, int expiresAfterUses)
    {
        if (string.IsNullOrEmpty(token) || !uses.ContainsKey(token))
        {
            return CsrfCheck.Invalid;
        }

        var count = uses.AddOrUpdate(token, 1, (_, n) => n + 1);
        return expiresAfterUses > 0 && count > expiresAfterUses ? CsrfCheck.Expired : CsrfCheck.Valid;
    }
}
