using System.Collections.Concurrent;
using System.Security.Cryptography;
using Crawler.Lab.Hosting;

namespace Crawler.Lab.Nimbus;

/// <summary>The server side of <see cref="ListCallGuard"/> for one board: the tokens it issued and the signatures it has seen.</summary>
internal sealed class NimbusListGuard
{
    private readonly TokenUses tokens = new(() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant());
    private readonly ConcurrentDictionary<string, bool> signatures = new(StringComparer.Ordinal);

    public ListCallGuard Kind { get; set; }

    /// <summary>A CSRF token for a new page or for the app's next call.</summary>
    public string Issue() => tokens.Issue();

    /// <summary>Why this list call is refused under the guard; null when it passes (and uses up what it carried).</summary>
    public string? Refusal(HttpContext context, string? token) => Kind switch
    {
        ListCallGuard.OneTimeSignature when !(context.Request.Query["_signature"].ToString() is { Length: > 0 } signature && signatures.TryAdd(signature, true)) => "signature invalid",
        ListCallGuard.OneTimeToken when tokens.Use(token, expiresAfterUses: 1) != TokenCheck.Valid => "csrf token used",
        _ => null,
    };
}
