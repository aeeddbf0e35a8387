namespace Crawler.Model;

/// <summary>A distinct rendered detail page. Identical content is stored once (id = content hash).</summary>
public sealed record Snapshot
{
    public required string Id { get; init; }
    public required string PostingKey { get; init; }
    public required string Url { get; init; }
    public DateTimeOffset CapturedAt { get; init; }
    /// <summary>The rendered HTML, gzip-compressed.</summary>
    public required byte[] CompressedHtml { get; init; }
    /// <summary>Visible text of the posting's content, for search.</summary>
    public required string Text { get; init; }
}
