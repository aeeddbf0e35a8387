namespace Crawler.Browsing;

/// <summary>
/// The crawl's browser crashed or was killed. Not a portal fault: the runner throws the browser away and retries
/// the crawl once in a fresh context instead of retrying pages against a dead browser or blaming the portal.
/// </summary>
public sealed class BrowserDisconnectedException : Exception
{
    public BrowserDisconnectedException(string message) : base(message) { }
    public BrowserDisconnectedException(string message, Exception inner) : base(message, inner) { }
    public BrowserDisconnectedException() { }
}
