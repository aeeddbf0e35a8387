namespace Crawler.Snapshots;

/// <summary>A detail page as the renderer captured it.</summary>
/// <param name="PostingKey">The posting it shows.</param>
/// <param name="Url">The page's URL.</param>
/// <param name="Html">The whole rendered document.</param>
/// <param name="ContentHtml">The posting's content element (what the snapshot id hashes).</param>
/// <param name="Text">The content's visible text.</param>
public sealed record RenderedPage(string PostingKey, string Url, string Html, string ContentHtml, string Text)
{
    /// <summary>The body of the detail's own JSON answer, when the target named one and it arrived (detail-only fields are read from it).</summary>
    public string? AnswerBody { get; init; }

    /// <summary>
    /// How the posting's own text proved the page (<see cref="DetailProof"/>): "text" shown after routing, "missed" not
    /// shown within the wait, "before" on the page already; empty when there was no phrase to look for.
    /// </summary>
    public string Proof { get; init; } = "";
}
