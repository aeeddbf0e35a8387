namespace Crawler.Alerts;

public enum AlertMessageKind
{
    /// <summary>One event; its id is the event id.</summary>
    Event = 0,
    /// <summary>A burst or a first crawl: lists a few events and "showing N of T (M more not listed)"; its id is a digest id.</summary>
    Digest = 1,
    /// <summary>Sent by <c>alerts test</c> to check a sink's configuration.</summary>
    Test = 2,
}
