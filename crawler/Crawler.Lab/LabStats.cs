namespace Crawler.Lab;

/// <summary>A snapshot of what one site has served since the lab started.</summary>
public sealed record LabStats
{
    /// <summary>Search (list) API calls, including rejected and faulted ones.</summary>
    public int ListCalls { get; init; }

    /// <summary>Detail API calls, including rejected and faulted ones.</summary>
    public int DetailCalls { get; init; }

    /// <summary>CSRF token requests attributed to this site (by <c>website-path</c> header or referer).</summary>
    public int CsrfCalls { get; init; }

    /// <summary>Filter-config API calls.</summary>
    public int FilterCalls { get; init; }

    /// <summary>HTML shell loads (full document loads, not client-side navigations).</summary>
    public int PageLoads { get; init; }

    /// <summary>API calls rejected with 405 (missing or expired CSRF token, missing or bad signature).</summary>
    public int Rejected405 { get; init; }

    /// <summary>Injected faults by kind (<c>server-error</c>, <c>too-many-requests</c>, <c>slow</c>, <c>truncate</c>, <c>hang</c>, <c>fail-first</c>, <c>token-expired</c>).</summary>
    public IReadOnlyDictionary<string, int> FaultsInjected { get; init; } = new Dictionary<string, int>();

    /// <summary>The <c>Retry-After</c> of every 429 sent, in order.</summary>
    public IReadOnlyList<TimeSpan> TooManyRequestsRetryAfter { get; init; } = [];
}
