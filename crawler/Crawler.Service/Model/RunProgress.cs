namespace Crawler.Model;

/// <summary>
/// How far a running run has got, as last recorded in the store (a few seconds old at most): its phase, how many
/// of how many (when the total is known) and since when, so another process (<c>sources list</c>, a second
/// worker's dashboard) can show a run it does not host.
/// </summary>
public sealed record RunProgress
{
    public required string RunId { get; init; }
    public required string SourceId { get; init; }
    public required string WorkerId { get; init; }
    /// <summary>starting, listing, details, job details (Moka's API completion).</summary>
    public required string Phase { get; init; }
    public int Done { get; init; }
    public int? Total { get; init; }
    /// <summary>Details that failed so far (details phase).</summary>
    public int Failed { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>When the run entered <see cref="Phase"/>.</summary>
    public DateTimeOffset PhaseSince { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>"details 12/40 (2 failed)" as ops read it.</summary>
    public string Describe() =>
        Phase + " " + Done.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        (Total is { } total ? "/" + total.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") +
        (Failed > 0 ? $" ({Failed.ToString(System.Globalization.CultureInfo.InvariantCulture)} failed)" : "");
}
