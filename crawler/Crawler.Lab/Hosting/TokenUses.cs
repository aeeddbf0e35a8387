using System.Collections.Concurrent;

namespace Crawler.Lab.Hosting;

/// <summary>
/// The tokens a lab host issued (CSRF or session tokens) and how often each was used, so that a plan's
/// <see cref="FaultPlan.TokenExpiresAfterUses"/> can expire a token after that many uses (0: never).
/// </summary>
/// <param name="newToken">Makes a token in the host's own format.</param>
internal sealed class TokenUses(Func<string> newToken)
{
    private readonly ConcurrentDictionary<string, int> uses = new(StringComparer.Ordinal);

    /// <summary>A new token, not yet used.</summary>
    public string Issue()
    {
        var token = newToken();
        uses[token] = 0;
        return token;
    }

    /// <summary>Whether <paramref name="token"/> was issued and has not yet been used up.</summary>
    public bool IsLive(string token, int expiresAfterUses) =>
        uses.TryGetValue(token, out var count) && (expiresAfterUses <= 0 || count < expiresAfterUses);

    /// <summary>Checks and counts one use of <paramref name="token"/>.</summary>
    public TokenCheck Use(string? token, int expiresAfterUses)
    {
        if (string.IsNullOrEmpty(token) || !uses.ContainsKey(token))
        {
            return TokenCheck.Invalid;
        }

        var count = uses.AddOrUpdate(token, 1, (_, n) => n + 1);
        return expiresAfterUses > 0 && count > expiresAfterUses ? TokenCheck.Expired : TokenCheck.Valid;
    }
}
