using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>The configured sinks, built once from validated <see cref="AlertOptions"/> (secrets resolved here).</summary>
public sealed class AlertSinks
{
    public AlertSinks(IOptions<AlertOptions> options, IHttpClientFactory clients, TimeProvider time)
        : this(Checked(options.Value).Sinks.Select(o => new ConfiguredAlertSink(o, new AlertFilter(o.Filter), Create(o, clients, time))).ToList())
    {
    }

    /// <summary>Secrets are needed only now, when sinks are built to deliver: an unset <c>env:</c> variable fails here, by name.</summary>
    private static AlertOptions Checked(AlertOptions options) =>
        AlertOptionsValidator.SecretFailures(options) is { Count: > 0 } failures
            ? throw new OptionsValidationException(AlertOptions.SectionName, typeof(AlertOptions), failures)
            : options;

    /// <summary>For tests and callers that bring their own sinks.</summary>
    public AlertSinks(IReadOnlyList<ConfiguredAlertSink> sinks) => All = sinks;

    public IReadOnlyList<ConfiguredAlertSink> All { get; }

    /// <summary>The sink with this name, or null.</summary>
    public ConfiguredAlertSink? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    private static IAlertSink Create(AlertSinkOptions options, IHttpClientFactory clients, TimeProvider time) => options.Type.ToLowerInvariant() switch
    {
        "webhook" => new WebhookAlertSink(
            options.Name,
            AlertOptionsValidator.ResolveUrl(options) ?? throw new OptionsValidationException(AlertOptions.SectionName, typeof(AlertOptions), [$"Alerts sink '{options.Name}': Url is missing or malformed."]),
            options.Format,
            options.Headers.ToDictionary(h => h.Key, h => SecretValue.Resolve(h.Value) ?? "", StringComparer.OrdinalIgnoreCase),
            clients,
            time),
        "email" => new EmailAlertSink(options.Name, options.Email, options.Email.Password is { } password ? SecretValue.Resolve(password) : null),
        "file" => new JsonLinesAlertSink(options.Name, options.Path!),
        "console" => new ConsoleAlertSink(options.Name, Console.Out),
        _ => throw new OptionsValidationException(AlertOptions.SectionName, typeof(AlertOptions), [$"Alerts sink '{options.Name}': Type '{options.Type}' is not known."]),
    };
}
