using Crawler.Model;

namespace Crawler.Alerts;

/// <summary>One event in a message, with its stored posting when the filter needed it (track, tags, text).</summary>
public sealed record AlertItem(ChangeEvent Event, StoredPosting? Posting);
