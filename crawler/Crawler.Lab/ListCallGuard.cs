namespace Crawler.Lab;

/// <summary>How a Nimbus board guards its list call against being sent again by anyone but its own app (<see cref="LabSite.ListCalls"/>).</summary>
public enum ListCallGuard
{
    /// <summary>A session CSRF cookie the page echoes in a header: the same call can be sent again with another page number.</summary>
    None = 0,

    /// <summary>Every list call carries a <c>_signature</c> query parameter that the server accepts once, as ByteDance's portals sign theirs.</summary>
    OneTimeSignature = 1,

    /// <summary>The CSRF token is good for one list call: every answer sets a new cookie, which the app reads for its next call.</summary>
    OneTimeToken = 2,
}
