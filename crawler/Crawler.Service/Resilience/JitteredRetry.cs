using Polly.Retry;

namespace Crawler.Resilience;

/// <summary>
/// The one retry shape of the crawler, for portal pages and alert deliveries alike: jittered exponential backoff
/// from a base delay, and a Retry-After the failure carries waited instead of the computed delay.
/// </summary>
public static class JitteredRetry
{
    /// <param name="options">How many retries, from which first delay (doubled for each later retry).</param>
    /// <param name="shouldHandle">Which failures are retried at all.</param>
    /// <param name="retryAfter">The wait a failure asks for, or null to back off.</param>
    public static RetryStrategyOptions Create(
        RetryOptions options, PredicateBuilder<object> shouldHandle, Func<Exception?, TimeSpan?> retryAfter) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        ShouldHandle = shouldHandle,
        DelayGenerator = args => new ValueTask<TimeSpan?>(retryAfter(args.Outcome.Exception)),
    };
}
