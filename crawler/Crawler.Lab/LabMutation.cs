namespace Crawler.Lab;

/// <summary>The posting ids one <see cref="LabSite.Mutate"/> call touched.</summary>
public sealed record LabMutation(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Edited);
