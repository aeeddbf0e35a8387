namespace Crawler.Snapshots;

/// <summary>A detail page did not prove it rendered its posting; the message names what was awaited and the page URL.</summary>
public sealed class DetailFailedException : Exception
{
    public DetailFailedException(string message) : base(message) { }

    /// <summary>
    /// The portal refused the call (HTTP 400 or above, or the request failed), not the posting: a fresh load of the
    /// page (new session state, new tokens) may well succeed, as it would for a person. A business error answer is not.
    /// </summary>
    public DetailFailedException(string message, bool reloadMayHelp) : base(message) => ReloadMayHelp = reloadMayHelp;

    /// <summary>Whether loading the page again once is worth it.</summary>
    public bool ReloadMayHelp { get; }

    public DetailFailedException(string message, Exception inner) : base(message, inner) { }
    public DetailFailedException() { }
}
