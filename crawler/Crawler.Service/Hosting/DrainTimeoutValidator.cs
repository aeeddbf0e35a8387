using Crawler.Crawling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>
/// <see cref="CrawlerOptions.DrainTimeout"/> must end before the host's <c>Host:ShutdownTimeout</c>: the host stops
/// waiting at its deadline, so a longer drain would never be given and runs would be cut off instead of closed.
/// Registered with the <c>run</c> worker, the one composition with a shutdown deadline.
/// </summary>
public sealed class DrainTimeoutValidator(IOptions<HostOptions> host) : IValidateOptions<CrawlerOptions>
{
    public ValidateOptionsResult Validate(string? name, CrawlerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shutdown = host.Value.ShutdownTimeout;
        return options.DrainTimeout < shutdown
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CrawlerOptions.SectionName}:DrainTimeout ({options.DrainTimeout}) must be shorter than Host:ShutdownTimeout ({shutdown}).");
    }
}
