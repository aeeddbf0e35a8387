using System.Net;
using Microsoft.Extensions.Options;

namespace Crawler.Diagnostics;

/// <summary>
/// Stops start-up when <c>Diagnostics:BindAddress</c> is not an IP address, naming the field, instead of
/// failing later inside Kestrel with a parse error that does not say which setting was wrong.
/// </summary>
public sealed class DiagnosticsOptionsValidator : IValidateOptions<DiagnosticsOptions>
{
    public ValidateOptionsResult Validate(string? name, DiagnosticsOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        return IPAddress.TryParse(options.BindAddress, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Diagnostics:BindAddress '{options.BindAddress}' is not an IP address; use 127.0.0.1 (this machine only), 0.0.0.0 (every IPv4 interface, e.g. in a container) or ::.");
    }
}
