using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>
/// Cross-field rules for <see cref="AlertOptions"/>; each failure names the sink and the field, never a
/// secret value (a URL or header value is only said to be missing or malformed). <c>env:NAME</c> values are
/// checked only when sinks are built for delivery (<see cref="SecretFailures"/>), so verbs that deliver
/// nothing run without the sinks' secrets in their environment.
/// </summary>
public sealed class AlertOptionsValidator : IValidateOptions<AlertOptions>
{
    private static readonly string[] Types = ["webhook", "email", "file", "console"];
    private static readonly string[] Formats = ["json", "slack"];
    private static readonly string[] Starts = ["latest", "beginning"];

    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Sinks.Count; i++)
        {
            var sink = options.Sinks[i];
            var where = string.IsNullOrWhiteSpace(sink.Name) ? $"Alerts:Sinks[{i}]" : $"Alerts:Sinks[{i}] '{sink.Name}'";
            void Fail(string problem) => failures.Add($"{where}: {problem}");

            if (string.IsNullOrWhiteSpace(sink.Name)) Fail("Name is required.");
            else if (!names.Add(sink.Name)) Fail("Name is used by another sink; names key cursors and must be unique.");
            if (!Types.Contains(sink.Type, StringComparer.OrdinalIgnoreCase)) Fail($"Type '{sink.Type}' is not one of {string.Join(", ", Types)}.");
            if (!Starts.Contains(sink.StartAt, StringComparer.OrdinalIgnoreCase)) Fail($"StartAt '{sink.StartAt}' is not one of {string.Join(", ", Starts)}.");
            if (sink.Digest is < 1 or > 40) Fail($"Digest is {sink.Digest}; it must be 1 to 40.");
            if (string.Equals(sink.Type, "webhook", StringComparison.OrdinalIgnoreCase)) ValidateWebhook(sink, Fail);
            if (string.Equals(sink.Type, "email", StringComparison.OrdinalIgnoreCase)) EmailSinkValidator.Validate(sink.Email, Fail);
            if (string.Equals(sink.Type, "file", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(sink.Path)) Fail("Path is required for a file sink.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with the sinks' <c>env:</c> secrets (unset variable, malformed URL), for delivery time.</summary>
    public static IReadOnlyList<string> SecretFailures(AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Sinks.Count; i++)
        {
            var sink = options.Sinks[i];
            var where = string.IsNullOrWhiteSpace(sink.Name) ? $"Alerts:Sinks[{i}]" : $"Alerts:Sinks[{i}] '{sink.Name}'";
            if (string.Equals(sink.Type, "email", StringComparison.OrdinalIgnoreCase)
                && sink.Email.Password is { } password && SecretValue.EnvironmentVariable(password) is { } passwordVariable && SecretValue.Resolve(password) is null)
            {
                failures.Add($"{where}: Email:Password refers to environment variable {passwordVariable}, which is not set.");
            }

            if (!string.Equals(sink.Type, "webhook", StringComparison.OrdinalIgnoreCase)) continue;
            if (sink.Url is { } url && SecretValue.EnvironmentVariable(url) is { } variable)
            {
                if (SecretValue.Resolve(url) is null) failures.Add($"{where}: Url refers to environment variable {variable}, which is not set.");
                else if (ResolveUrl(sink) is null) failures.Add($"{where}: Url from environment variable {variable} is not an absolute http or https URL (value not shown: it may be a secret).");
            }

            foreach (var (header, value) in sink.Headers)
            {
                if (SecretValue.EnvironmentVariable(value) is { } headerVariable && SecretValue.Resolve(value) is null)
                    failures.Add($"{where}: Headers:{header} refers to environment variable {headerVariable}, which is not set.");
            }
        }

        return failures;
    }

    /// <summary>The URL a webhook sink posts to, resolved; null when missing or malformed.</summary>
    public static Uri? ResolveUrl(AlertSinkOptions sink) =>
        sink.Url is { } raw && SecretValue.Resolve(raw) is { } resolved
        && Uri.TryCreate(resolved, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : null;

    private static void ValidateWebhook(AlertSinkOptions sink, Action<string> fail)
    {
        if (string.IsNullOrWhiteSpace(sink.Url)) fail("Url is required for a webhook sink.");
        // An env: URL is read and checked only at delivery (SecretFailures).
        else if (SecretValue.EnvironmentVariable(sink.Url) is null && ResolveUrl(sink) is null) fail("Url is not an absolute http or https URL (value not shown: it may be a secret).");
        if (!Formats.Contains(sink.Format, StringComparer.OrdinalIgnoreCase)) fail($"Format '{sink.Format}' is not one of {string.Join(", ", Formats)}.");
        foreach (var (header, value) in sink.Headers)
        {
            if (string.IsNullOrWhiteSpace(header)) fail("Headers has an empty header name.");
            else if (string.IsNullOrEmpty(value)) fail($"Headers:{header} has no value.");
        }
    }
}
