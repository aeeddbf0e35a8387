using System.IO.Compression;
using Crawler.Changes;
using Crawler.Model;

namespace Crawler.Snapshots;

/// <summary>
/// Turns a rendered page into a stored snapshot: gzip-compressed HTML, extracted text, and an id that is the
/// hash of the posting's content, so a page rendered again with the same content is stored once.
/// </summary>
public static class SnapshotFactory
{
    public static Snapshot Create(RenderedPage page, DateTimeOffset capturedAt) => new()
    {
        Id = ContentHasher.Sha256(page.ContentHtml),
        PostingKey = page.PostingKey,
        Url = page.Url,
        CapturedAt = capturedAt,
        CompressedHtml = Compress(page.Html),
        Text = page.Text,
    };

    public static byte[] Compress(string html)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(html));
        }

        return buffer.ToArray();
    }

    public static string Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
