namespace Crawler.Model;

/// <summary>A progress report: the phase, how far along and how far to go (when known).</summary>
public sealed record CrawlProgress(string Phase, int Done, int? Total)
{
    /// <summary>Of <see cref="Done"/>, how many failed (details that could not be rendered); 0 where a phase has no failures.</summary>
    public int Failed { get; init; }
}
