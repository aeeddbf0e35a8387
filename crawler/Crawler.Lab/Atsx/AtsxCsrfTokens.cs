using System.Security.Cryptography;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>CSRF tokens a tenant host issued, with how often each was used.</summary>
internal sealed class AtsxCsrfTokens
{
    public const string CookieName = "atsx-csrf-token";
    public const string HeaderName = "x-csrf-token";

    private readonly TokenUses uses = new();

    /// <summary>A new token; base64 so that the cookie needs URL-encoding, as the real one does.</summary>
    public string Issue()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)) + "+/=";
        uses.Issue(token);
        return token;
    }

    /// <summary>Checks and counts one use of <paramref name="token"/>.</summary>
    public TokenCheck Use(string? token, int expiresAfterUses) => uses.Use(token, expiresAfterUses);
}
