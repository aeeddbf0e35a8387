namespace Crawler.Tests.Support;

/// <summary>One request the <see cref="AlertReceiver"/> saw, and how it answered (0 = hung).</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredStatus)
{
    public string? IdempotencyKey => Headers.GetValueOrDefault("Idempotency-Key");
}
