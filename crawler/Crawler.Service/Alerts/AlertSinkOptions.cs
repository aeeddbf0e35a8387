namespace Crawler.Alerts;

/// <summary>One sink (an element of <c>Alerts:Sinks</c>).</summary>
public sealed class AlertSinkOptions
{
    /// <summary>Unique name; keys the sink's cursor and dead letters, and is what logs show. Required.</summary>
    public string Name { get; set; } = "";

    /// <summary><c>webhook</c>, <c>email</c> (SMTP), <c>file</c> (JSON lines) or <c>console</c> (JSON lines on standard output). Required.</summary>
    public string Type { get; set; } = "";

    /// <summary>
    /// Webhook URL (http or https), or <c>env:NAME</c> to read it from an environment variable. A secret: never
    /// logged, only its host. Required for <c>webhook</c>.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>Webhook body: <c>json</c> (generic, default) or <c>slack</c> (Slack incoming-webhook text and blocks).</summary>
    public string Format { get; set; } = "json";

    /// <summary>
    /// Extra request headers, e.g. <c>"Authorization": "env:SLACK_TOKEN"</c>; a value <c>env:NAME</c> is read from
    /// that environment variable. Values are secrets: never logged.
    /// </summary>
    public Dictionary<string, string> Headers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>File to append JSON lines to (created with its directory). Required for <c>file</c>.</summary>
    public string? Path { get; set; }

    /// <summary>SMTP server, sender and recipients of an <c>email</c> sink.</summary>
    public EmailSinkOptions Email { get; set; } = new();

    /// <summary>Which events this sink gets. Default: every appeared event.</summary>
    public AlertFilterOptions Filter { get; set; } = new();

    /// <summary>
    /// Burst limit N: when more than N events match in one delivery batch they go as one digest listing N
    /// postings and "showing N of T (M more not listed)". 1 to 40 (Slack allows 50 blocks). Default 10.
    /// </summary>
    public int Digest { get; set; } = 10;

    /// <summary>
    /// Say nothing about the postings of a source's first crawl (everything "appears" then). When false, a
    /// first crawl is always sent as a digest. Default true.
    /// </summary>
    public bool SilentFirstCrawl { get; set; } = true;

    /// <summary>
    /// Where a sink with no cursor yet starts: <c>latest</c> (default: only events stored from now on) or
    /// <c>beginning</c> (the whole event log, digested).
    /// </summary>
    public string StartAt { get; set; } = "latest";
}
