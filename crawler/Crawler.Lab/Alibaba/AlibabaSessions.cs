using System.Collections.Concurrent;
using System.Security.Cryptography;

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

    private readonly ConcurrentDictionary<string, Entry> bySession = new(StringComparer.Ordinal);

    public (string Session, string Token) Issue()
    {
        var session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var token = Guid.NewGuid().ToString();
        bySession[session] = new Entry(token);
        return (session, token);
    }

    /// <summary>The token of a live session, or null when the session is unknown or its token has expired.</summary>
    public string? TokenOf(string? session, int expiresAfterUses) =>
        session is not null && bySession.TryGetValue(session, out var entry) &&
        (expiresAfterUses <= 0 || Volatile.Read(ref entry.Uses) < expiresAfterUses)
            ? entry.Token
            : null;

    /// <summary>Checks and counts one use: the session must exist and both the cookie and the sent token must be its token.</summary>
    public AlibabaAuthCheck Use(string? session, string? cookieToken, string? sentToken, int expiresAfterUses)
    {
        if (session is null || !bySession.TryGetValue(session, out var entry) || cookieToken != entry.Token || sentToken != entry.Token)
        {
            return AlibabaAuthCheck.Invalid;
        }

        var count = Interlocked.Increment(ref entry.Uses);
        return expiresAfterUses > 0 && count > expiresAfterUses ? AlibabaAuthCheck.Expired : AlibabaAuthCheck.Valid;
    }

    private sealed class Entry(string token)
    {
        public string Token { get; } = token;

        public int Uses;
    }
}
