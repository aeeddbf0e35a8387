namespace Crawler.Model;

/// <summary>
/// One business field of a <see cref="ChangeKind.Changed"/> (or reappeared-and-edited) event: its value before
/// and after, as a person reads it (normalised text, cities joined with ", ", dates in ISO-8601), and for long
/// text (description, requirement) a compact line diff: only the removed lines (<c>-</c>) and added lines
/// (<c>+</c>), in order, without context.
/// </summary>
public sealed record FieldChange
{
    public required string Field { get; init; }
    /// <summary>The value before; empty when the field was empty.</summary>
    public string Old { get; init; } = "";
    public string New { get; init; } = "";
    /// <summary>Removed and added lines, each starting with <c>-</c> or <c>+</c>; empty for short fields.</summary>
    public IReadOnlyList<string> Diff { get; init; } = [];
}
