namespace Crawler.Resilience;

/// <summary>
/// Key of a portal pipeline: the pipeline's name and the host it guards. The registry builds one pipeline per
/// key, so every host gets its own circuit breaker, while one builder (matched by <see cref="Name"/> only)
/// configures them all.
/// </summary>
/// <param name="Name">The pipeline's name, e.g. <see cref="PortalPipelines.PortalPage"/>.</param>
/// <param name="Host">The portal host the pipeline's requests go to (lower case).</param>
public readonly record struct PortalPipelineKey(string Name, string Host)
{
    /// <summary>The key of the page pipeline for <paramref name="host"/>.</summary>
    public static PortalPipelineKey PageFor(string host) => new(PortalPipelines.PortalPage, host.ToLowerInvariant());

    /// <summary>Compares names only: the registry finds the one builder registered for a name.</summary>
    public static IEqualityComparer<PortalPipelineKey> ByName { get; } = EqualityComparer<PortalPipelineKey>.Create(
        (a, b) => string.Equals(a.Name, b.Name, StringComparison.Ordinal),
        k => StringComparer.Ordinal.GetHashCode(k.Name ?? ""));
}
