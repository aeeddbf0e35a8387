namespace Crawler.Browsing;

/// <summary>The result of the latest browser launch, kept for the readiness probe.</summary>
public sealed record BrowserLaunch(bool Succeeded, DateTimeOffset At, string? Error);
