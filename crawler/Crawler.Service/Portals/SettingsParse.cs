namespace Crawler.Portals;

/// <summary>The outcome of reading one source's settings: the typed settings, or the problems that stop the source loading.</summary>
public sealed record SettingsParse(object? Settings, IReadOnlyList<SettingProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && Settings is not null;
}
