namespace Crawler.Probing;

/// <summary>How sure the probe is of one line of its diagnosis.</summary>
public enum ProbeFindingKind
{
    /// <summary>Seen on the page (an answer, a control, a route).</summary>
    Found,
    /// <summary>Inferred from names or shapes; check it.</summary>
    Guessed,
    /// <summary>Not found: the named setting needs a person.</summary>
    Missing,
    /// <summary>A built-in family's expectation that holds or does not.</summary>
    Family,
}

/// <summary>One line of the probe's diagnosis; <paramref name="Setting"/> names the setting it concerns, if any.</summary>
public sealed record ProbeFinding(ProbeFindingKind Kind, string Text, string? Setting = null)
{
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant(),-8} {Text}" + (Setting is null ? "" : $"  [{Setting}]");
}
