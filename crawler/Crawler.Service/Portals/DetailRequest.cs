namespace Crawler.Portals;

/// <summary>A detail answer's request as the page sends it: method, body and content type, replayed to read the answer again without a render.</summary>
/// <param name="Method">HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Body">The request body, the posting id written in.</param>
/// <param name="ContentType">The body's content type, e.g. <c>application/json</c>.</param>
public sealed record DetailRequest(string Method, string Body, string ContentType);
