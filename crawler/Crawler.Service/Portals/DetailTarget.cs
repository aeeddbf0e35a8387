namespace Crawler.Portals;

/// <summary>
/// A detail page to render and what proves it rendered this posting. The default proof needs no knowledge of
/// the portal's DOM: the detail's own JSON <see cref="Answer"/> arrived without an error and the posting's
/// <see cref="Title"/> (known from the listing) is visible, with the DOM quiet for a moment. Selectors are
/// optional refinements an operator may configure.
/// </summary>
/// <param name="Url">The page a person would open.</param>
/// <param name="ReadySelector">CSS selector that exists only once this posting's content is on the page; null: prove it by title and answer.</param>
/// <param name="ContentSelector">CSS selector of the posting's content (what the snapshot keeps and hashes); null: the element holding the title and the bulk of the text.</param>
/// <param name="Navigation">How to reach it from another page of the same portal.</param>
public sealed record DetailTarget(Uri Url, string? ReadySelector, string? ContentSelector, DetailNavigation Navigation)
{
    /// <summary>The posting's title as listed; the renderer waits for it to be visible.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Phrases of the posting's own text as listed (<see cref="Snapshots.DetailProof.Phrases"/> of its description),
    /// which the page shows once the posting is rendered; empty: the detail's answer gives them, or the quiet DOM
    /// alone decides.
    /// </summary>
    public IReadOnlyList<string> ExpectedText { get; init; } = [];

    /// <summary>The detail's own JSON answer, where the adapter knows its URL.</summary>
    public DetailAnswer? Answer { get; init; }

    /// <summary>
    /// The page's error view ("加载失败"), where the source names one: shown instead of the posting, it fails the
    /// detail at once, after the page's retry control (<see cref="RetrySelector"/>) was pressed once.
    /// </summary>
    public string? ErrorSelector { get; init; }

    /// <summary>The page's retry control inside or beside its error view, pressed once as a person would.</summary>
    public string? RetrySelector { get; init; }

    /// <summary>The setting keys an operator would change when the proof does not hold (named in failure messages).</summary>
    public string SettingHint { get; init; } = "the source's detail ready/content settings";
}
