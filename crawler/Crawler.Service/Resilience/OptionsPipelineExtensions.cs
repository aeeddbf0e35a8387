using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crawler.Resilience;

/// <summary>Registers a named pipeline built from the validated options of its area, as Polly's DI sample does.</summary>
public static class OptionsPipelineExtensions
{
    public static IServiceCollection AddResiliencePipelineFromOptions<TKey, TOptions>(
        this IServiceCollection services, TKey key, Action<ResiliencePipelineBuilder, TOptions> configure)
        where TKey : notnull
        where TOptions : class =>
        services.AddResiliencePipeline(key, (builder, context) =>
            configure(builder, context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value));
}
