namespace Crawler.Alerts;

/// <summary>
/// Configuration values that may be secrets: <c>env:NAME</c> reads environment variable NAME, anything else is
/// literal. <see cref="RedactedHost"/> is what logs may show of a URL.
/// </summary>
public static class SecretValue
{
    private const string EnvPrefix = "env:";

    /// <summary>The value, or null when it names an environment variable that is not set.</summary>
    public static string? Resolve(string value) =>
        EnvironmentVariable(value) is { } name ? NonEmpty(Environment.GetEnvironmentVariable(name)) : value;

    /// <summary>The variable a value refers to, or null when it is literal.</summary>
    public static string? EnvironmentVariable(string value) =>
        value.StartsWith(EnvPrefix, StringComparison.OrdinalIgnoreCase) ? value[EnvPrefix.Length..].Trim() : null;

    /// <summary>Scheme, host and port only (<c>https://hooks.slack.com/…</c>): never the path, query or user info.</summary>
    public static string RedactedHost(Uri url) => $"{url.Scheme}://{url.Authority}/…";

    private static string? NonEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
