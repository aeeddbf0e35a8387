using System.Net;
using System.Net.Sockets;
using System.Text;
using Crawler.Changes;

namespace Crawler.Alerts;

/// <summary>
/// POSTs each message as JSON (generic or Slack) with an <c>Idempotency-Key</c> header (the message id), so
/// a receiver can drop the repeats that at-least-once delivery produces. URL and header values are secrets:
/// failures name the status or error kind only.
/// </summary>
public sealed class WebhookAlertSink : IAlertSink
{
    public const string HttpClientName = "alerts-webhook";
    public const string IdempotencyHeader = "Idempotency-Key";

    private readonly IHttpClientFactory _clients;
    private readonly Uri _url;
    private readonly bool _slack;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly TimeProvider _time;

    /// <param name="name">The configured sink name.</param>
    /// <param name="url">The resolved URL (a secret).</param>
    /// <param name="format"><c>json</c> or <c>slack</c>.</param>
    /// <param name="headers">Resolved header values (secrets).</param>
    /// <param name="clients">Source of the <see cref="HttpClientName"/> client.</param>
    /// <param name="time">Clock for a Retry-After given as a date.</param>
    public WebhookAlertSink(string name, Uri url, string format, IReadOnlyDictionary<string, string> headers, IHttpClientFactory clients, TimeProvider time)
    {
        _time = time;
        Name = name;
        _url = url;
        _slack = string.Equals(format, "slack", StringComparison.OrdinalIgnoreCase);
        _headers = headers;
        _clients = clients;
        Target = SecretValue.RedactedHost(url);
    }

    public string Name { get; }

    public string Target { get; }

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var body = _slack ? SlackMessageFormatter.Format(message) : AlertJsonFormatter.Format(message);
        using var request = new HttpRequestMessage(HttpMethod.Post, _url)
        {
            Content = new StringContent(body.ToJsonString(EventJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(IdempotencyHeader, message.Id);
        foreach (var (header, value) in _headers)
        {
            if (!request.Headers.TryAddWithoutValidation(header, value)) request.Content.Headers.TryAddWithoutValidation(header, value);
        }

        HttpResponseMessage response;
        try
        {
            response = await _clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            // The exception text can carry the URL; keep only the kind of failure.
            var kind = ex.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : ex.HttpRequestError.ToString();
            throw new AlertDeliveryException($"connection failed ({kind})", transient: true);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode) return;
            var status = (int)response.StatusCode;
            var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            var retryAfter = response.Headers.RetryAfter is { } ra
                ? ra.Delta ?? (ra.Date is { } date ? date - _time.GetUtcNow() : null)
                : null;
            throw new AlertDeliveryException($"HTTP {status} {response.ReasonPhrase}".TrimEnd(), transient, retryAfter);
        }
    }
}
