using Crawler.Browsing;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// The listing page of a built-in family: opened for one pass, closed after it. A listing that fails, or ends
/// with page errors, leaves an error snapshot (screenshot plus HTML) of the page as it was, and a thrown failure
/// names the page's URL and where the snapshot went.
/// </summary>
public static class ListingPage
{
    public static async Task<ListingResult> RunAsync(CrawlSession session, IErrorSnapshots errors, Func<IPage, Task<ListingResult>> list)
    {
        var page = await session.Browser.OpenPageAsync().ConfigureAwait(false);
        try
        {
            var result = await list(page).ConfigureAwait(false);
            if (result.Errors.Count == 0 || await errors.WriteAsync(page, session.Source.Id, "listing").ConfigureAwait(false) is not { } stem) return result;
            var note = $"error snapshot of the listing page {page.Url}: {stem}.png / {stem}.html";
            return result with { Evidence = result.Evidence with { Notes = [.. result.Evidence.Notes, note] } };
        }
        catch (Exception ex) when (ex is PortalException or TimeoutException && !page.IsClosed)
        {
            var stem = await errors.WriteAsync(page, session.Source.Id, "listing").ConfigureAwait(false);
            var message = $"{ex.Message} (listing page {page.Url}" + (stem is null ? ")" : $"; error snapshot {stem}.png / .html)");
            throw ex is PortalException portal
                ? new PortalException(message, ex) { StatusCode = portal.StatusCode, RetryAfter = portal.RetryAfter }
                : new TimeoutException(message, ex);
        }
        catch (PlaywrightException) when (!page.IsClosed)
        {
            await errors.WriteAsync(page, session.Source.Id, "listing").ConfigureAwait(false);
            throw;
        }
        finally
        {
            await page.CloseQuietlyAsync().ConfigureAwait(false);
        }
    }
}
