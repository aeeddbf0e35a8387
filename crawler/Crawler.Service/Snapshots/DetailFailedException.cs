namespace Crawler.Snapshots;

/// <summary>A detail page did not prove it rendered its posting; the message names what was awaited and the page URL.</summary>
public sealed class DetailFailedException : Exception
{
    public DetailFailedException(string message) : base(message) { }
    public DetailFailedException(string message, Exception inner) : base(message, inner) { }
    public DetailFailedException() { }
}
