using Crawler.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Polly.Retry;
using Polly.Timeout;

namespace Crawler.Alerts;

/// <summary>
/// The named pipeline for delivering one alert message: each try bounded by <see cref="AlertOptions.RequestTimeout"/>,
/// transient failures (5xx, 408, 429, timeouts, connection failures) retried with jittered exponential backoff,
/// honouring Retry-After up to <see cref="RetryOptions.MaxRetryAfter"/>.
/// </summary>
public static class AlertPipelines
{
    public const string Delivery = "alert-delivery";

    public static IServiceCollection AddAlertPipelines(this IServiceCollection services)
    {
        return services.AddResiliencePipelineFromOptions<string, AlertOptions>(Delivery, (builder, options) =>
        {
            if (options.MaxRetries > 0) builder.AddRetry(Retry(options));
            builder.AddTimeout(options.RequestTimeout);
        });
    }

    /// <summary>The retry strategy; public so tests can build it against a fake clock.</summary>
    public static RetryStrategyOptions Retry(AlertOptions options) => JitteredRetry.Create(
        options,
        new PredicateBuilder()
            .Handle<AlertDeliveryException>(ex => ex.Transient && options.Honours(ex.RetryAfter))
            .Handle<TimeoutRejectedException>(),
        failure => failure is AlertDeliveryException { RetryAfter: { } wait } && wait > TimeSpan.Zero ? wait : null);
}
