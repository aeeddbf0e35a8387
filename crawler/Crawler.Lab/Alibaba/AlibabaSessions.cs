using System.Collections.Concurrent;
using System.Security.Cryptography;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// The anonymous sessions a host issued: the <c>SESSION</c> cookie and its <c>XSRF-TOKEN</c>, with how often
/// the token was used (a plan's <see cref="FaultPlan.TokenExpiresAfterUses"/> expires it).
/// </summary>
internal sealed class AlibabaSessions
{
    public const string TokenCookie = "XSRF-TOKEN";
    public const string SessionCookie = "SESSION";
    public const string TokenHeader = "X-XSRF-TOKEN";

    private readonly ConcurrentDictionary<string, string> tokenBySession = new(StringComparer.Ordinal);
    private readonly TokenUses uses = new(() => Guid.NewGuid().ToString());

    public (string Session, string Token) Issue()
    {
        var session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var token = uses.Issue();
        tokenBySession[session] = token;
        return (session, token);
    }

    /// <summary>The token of a live session, or null when the session is unknown or its token has expired.</summary>
    public string? TokenOf(string? session, int expiresAfterUses) =>
        session is not null && tokenBySession.TryGetValue(session, out var token) && uses.IsLive(token, expiresAfterUses) ? token : null;

    /// <summary>Checks and counts one use: the session must exist and both the cookie and the sent token must be its token.</summary>
    public TokenCheck Use(string? session, string? cookieToken, string? sentToken, int expiresAfterUses) =>
        session is not null && tokenBySession.TryGetValue(session, out var token) && cookieToken == token && sentToken == token
            ? uses.Use(token, expiresAfterUses)
            : TokenCheck.Invalid;
}
