using System.Text.Json;

namespace Crawler.Probing;

/// <summary>One JSON answer the page fetched while the probe watched: where from, how asked, and the parsed body.</summary>
/// <param name="Sequence">Order of arrival (0 = first).</param>
/// <param name="Url">The request URL.</param>
/// <param name="Method">GET, POST, …</param>
/// <param name="Status">HTTP status.</param>
/// <param name="RequestBody">The request body (POST), if any.</param>
/// <param name="Body">The parsed answer; disposed with the recorder.</param>
internal sealed record JsonAnswer(int Sequence, string Url, string Method, int Status, string? RequestBody, JsonDocument Body)
{
    /// <summary>The request's content type (a POST body's), if it had one.</summary>
    public string? RequestContentType { get; init; }

    /// <summary>The URL's path, without query or fragment.</summary>
    public string Path => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : Url;

    /// <summary>The URL's query string without the leading '?' (empty when none).</summary>
    public string Query => Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.Query.TrimStart('?') : "";
}
