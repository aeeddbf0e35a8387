namespace Crawler.Lab;

/// <summary>
/// Faults a site injects into its API calls (search, detail), never into the HTML shell or script.
/// Every decision is a function of <see cref="Seed"/> and the number of API calls since the plan was set,
/// so a run against the same plan fails the same way.
/// </summary>
public sealed record FaultPlan
{
    /// <summary>No faults.</summary>
    public static FaultPlan None { get; } = new();

    public int Seed { get; init; }

    /// <summary>Share of calls answered HTTP 500.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Share of calls answered HTTP 429 with <c>Retry-After</c>.</summary>
    public double TooManyRequestsRate { get; init; }

    /// <summary>The <c>Retry-After</c> of a 429 (whole seconds, rounded up). Default 1 s.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of calls answered correctly after <see cref="SlowDelay"/>.</summary>
    public double SlowRate { get; init; }

    public TimeSpan SlowDelay { get; init; }

    /// <summary>Share of calls answered 200 with the JSON cut in half.</summary>
    public double TruncateRate { get; init; }

    /// <summary>Share of calls answered 200 with a well-formed but undecryptable payload (Moka: data encrypted under another key than the one sent).</summary>
    public double CorruptRate { get; init; }

    /// <summary>Share of calls that never answer until the client goes away (capped at 5 minutes, then the connection is aborted).</summary>
    public double HangRate { get; init; }

    /// <summary>0 = never; after N uses a CSRF token is rejected with 405 until the client fetches a new one.</summary>
    public int TokenExpiresAfterUses { get; init; }

    /// <summary>Share of API calls refused with HTTP 403, as Alibaba's anti-bot layer does (Alibaba sites only).</summary>
    public double ForbiddenRate { get; init; }

    /// <summary>The first N API calls after the plan is set answer 500 (a deterministic burst).</summary>
    public int FailFirstRequests { get; init; }
}
