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
}
