namespace Crawler.Portals;

/// <summary>One configuration mistake in a source's settings, e.g. <c>pageSize</c> <c>'abc' is not a whole number</c>.</summary>
public sealed record SettingProblem(string SourceId, string Key, string What)
{
    public override string ToString() => $"source '{SourceId}': setting '{Key}' {What}";
}
