namespace Crawler.Changes;

/// <summary>The facts about a run that change detection needs.</summary>
/// <param name="RunId">The run the events belong to.</param>
/// <param name="Complete">Whether the run's listing was proven complete (only then can keys go missing).</param>
/// <param name="Now">When the run is being applied.</param>
/// <param name="RecentCompleteSeen">Postings seen by the source's recent complete runs, for the median guard.</param>
public sealed record ChangeDetectionRun(string RunId, bool Complete, DateTimeOffset Now, IReadOnlyList<int> RecentCompleteSeen);
