using System.Globalization;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// A portal answer other than HTTP 200 as a <see cref="PortalException"/> carrying the status and the
/// <c>Retry-After</c> seconds, which the page pipeline's backoff honours.
/// </summary>
public static class HttpFailure
{
    public static PortalException Of(string message, int status, string? retryAfter) =>
        new(message)
        {
            StatusCode = status,
            RetryAfter = int.TryParse(retryAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null,
        };

    /// <summary>The same for a response whose headers are a dictionary (Playwright's <c>IResponse.Headers</c>).</summary>
    public static PortalException Of(string message, int status, IReadOnlyDictionary<string, string> headers) =>
        Of(message, status, headers is not null && headers.TryGetValue("retry-after", out var value) ? value : null);
}
