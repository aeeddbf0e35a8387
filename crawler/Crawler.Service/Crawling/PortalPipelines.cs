using Crawler.Portals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Polly;
using Polly.Retry;

namespace Crawler.Crawling;

/// <summary>
/// The named Polly pipelines, registered once and built from validated options (Polly's DI sample).
/// <see cref="PortalPage"/> retries one portal page with jittered exponential backoff and honours Retry-After.
/// </summary>
public static class PortalPipelines
{
    /// <summary>Retry for one page (listing or API call) of a portal.</summary>
    public const string PortalPage = "portal-page";

    public static IServiceCollection AddPortalPipelines(this IServiceCollection services)
    {
        services.AddResiliencePipeline(PortalPage, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            if (options.MaxRetries > 0) builder.AddRetry(Retry(options));
        });
        return services;
    }

    /// <summary>The retry strategy; public so tests can build it against a fake clock.</summary>
    public static RetryStrategyOptions Retry(ResilienceOptions options) => new()
    {
        MaxRetryAttempts = options.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        ShouldHandle = new PredicateBuilder()
            .Handle<PortalException>(ex => ex.RetryAfter is null || ex.RetryAfter <= options.MaxRetryAfter)
            .Handle<TimeoutException>()
            .Handle<PlaywrightException>(),
        DelayGenerator = args => new ValueTask<TimeSpan?>(
            args.Outcome.Exception is PortalException { RetryAfter: { } wait } ? wait : null),
    };
}
