namespace Crawler.Tests.Support;

/// <summary>How <see cref="AlertReceiver"/> answers one request: a status (with an optional Retry-After), or hang until the client gives up.</summary>
public sealed record ReceiverReply(int Status, bool Hang = false, string? RetryAfter = null)
{
    public static ReceiverReply Ok { get; } = new(200);

    public static ReceiverReply HangUp { get; } = new(0, Hang: true);

    public static ReceiverReply Code(int status, string? retryAfter = null) => new(status, RetryAfter: retryAfter);
}
