using Crawler.Portals;

namespace Crawler.Diagnostics;

/// <summary>
/// Leaves a screenshot and the HTML of a page that failed, for the operator (the crawlee convention).
/// Files go to <c>{directory}/{source}/{timestamp}-{label}.png|.html</c>. Never throws: a failed diagnostic
/// must not hide the failure it documents.
/// </summary>
public sealed partial class ErrorSnapshotWriter(string directory, TimeProvider time, ILogger<ErrorSnapshotWriter> logger) : IErrorSnapshots
{
    /// <summary>Where error snapshots are written.</summary>
    public string Directory { get; } = directory;

    public async Task<string?> WriteAsync(IPage page, string sourceId, string label)
    {
        try
        {
            var folder = Path.Combine(Directory, Sanitize(sourceId));
            System.IO.Directory.CreateDirectory(folder);
            var stem = Path.Combine(folder, $"{time.GetUtcNow():yyyyMMddTHHmmssfff}-{Sanitize(label)}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", Timeout = 5000 }).ConfigureAwait(false);
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync().ConfigureAwait(false)).ConfigureAwait(false);
            LogWritten(sourceId, stem);
            return stem;
        }
        catch (Exception ex) when (ex is PlaywrightException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            LogFailed(sourceId, ex.Message);
            return null;
        }
    }

    private static string Sanitize(string text) =>
        new([.. text.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_').Take(80)]);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Error snapshot of {SourceId} written to {Path}.png/.html")]
    private partial void LogWritten(string sourceId, string path);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Could not write an error snapshot for {SourceId}: {Reason}")]
    private partial void LogFailed(string sourceId, string reason);
}
