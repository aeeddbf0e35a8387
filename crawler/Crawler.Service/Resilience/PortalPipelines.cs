using Crawler.Browsing;
using Crawler.Model;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Crawler.Resilience;

/// <summary>
/// The named Polly pipelines, registered once and built from validated options (Polly's DI sample).
/// <see cref="PortalPage"/> guards one portal page per host, outermost first: retry with jittered exponential
/// backoff honouring Retry-After; a circuit breaker per host, so a dead portal is not hammered and its open
/// state fails the page at once; a timeout per attempt, so a hanging answer is cut.
/// </summary>
public static class PortalPipelines
{
    /// <summary>Name of the page pipeline; resolve it per host with <see cref="PortalPipelineKey.PageFor"/>.</summary>
    public const string PortalPage = "portal-page";

    public static IServiceCollection AddPortalPipelines(this IServiceCollection services)
    {
        services.AddResiliencePipelineRegistry<PortalPipelineKey>(registry =>
        {
            registry.BuilderComparer = PortalPipelineKey.ByName;
            registry.BuilderNameFormatter = key => key.Name;
            registry.InstanceNameFormatter = key => key.Host;
        });
        return services.AddResiliencePipelineFromOptions<PortalPipelineKey, ResilienceOptions>(
            new PortalPipelineKey(PortalPage, ""), (builder, options) => Configure(builder, options));
    }

    /// <summary>Adds the page strategies to <paramref name="builder"/>; public so tests can build it against a fake clock.</summary>
    public static ResiliencePipelineBuilder Configure(ResiliencePipelineBuilder builder, ResilienceOptions options)
    {
        if (options.MaxRetries > 0) builder.AddRetry(Retry(options));
        return builder.AddCircuitBreaker(CircuitBreaker(options)).AddTimeout(options.RequestTimeout);
    }

    /// <summary>The retry strategy. An open circuit and a dead browser are not retried: waiting cannot help them.</summary>
    public static RetryStrategyOptions Retry(ResilienceOptions options) => JitteredRetry.Create(
        options,
        new PredicateBuilder()
            .Handle<PortalException>(ex => options.Honours(ex.RetryAfter))
            .Handle<TimeoutException>()
            .Handle<TimeoutRejectedException>()
            .Handle<PlaywrightException>(),
        failure => failure is PortalException { RetryAfter: { } wait } ? wait : null);

    /// <summary>The per-host breaker: trips on failed answers and timeouts, never on a dead browser of ours.</summary>
    public static CircuitBreakerStrategyOptions CircuitBreaker(ResilienceOptions options) => new()
    {
        FailureRatio = options.BreakerFailureRatio,
        MinimumThroughput = options.BreakerMinimumThroughput,
        SamplingDuration = options.BreakerSamplingDuration,
        BreakDuration = options.BreakerBreakDuration,
        ShouldHandle = new PredicateBuilder()
            .Handle<PortalException>()
            .Handle<TimeoutException>()
            .Handle<TimeoutRejectedException>(),
    };

    /// <summary>
    /// Runs one page through <paramref name="pipeline"/> and turns Polly's rejections into the crawler's errors:
    /// an open circuit becomes a <see cref="PortalException"/> naming the host, a timeout a <see cref="TimeoutException"/>.
    /// </summary>
    public static async Task<T> ExecutePageAsync<T>(
        this ResiliencePipeline pipeline, string host, Func<CancellationToken, ValueTask<T>> page, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(page, cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException ex)
        {
            throw new PortalException($"circuit open for host {host}: it failed repeatedly, so it is not asked again until {ex.RetryAfter?.TotalSeconds:0}s pass", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new TimeoutException($"no answer from {host} within {ex.Timeout.TotalSeconds:0.#}s", ex);
        }
    }

    /// <summary>The same as <see cref="ExecutePageAsync{T}"/> for a page step that returns nothing.</summary>
    public static Task ExecutePageAsync(
        this ResiliencePipeline pipeline, string host, Func<CancellationToken, ValueTask> step, CancellationToken cancellationToken) =>
        pipeline.ExecutePageAsync(host, async token =>
        {
            await step(token).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
