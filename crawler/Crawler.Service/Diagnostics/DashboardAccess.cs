using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Crawler.Diagnostics;

/// <summary>
/// The optional bearer token of <see cref="DiagnosticsOptions.Token"/>: every path but <c>/health/*</c> needs it
/// (header or cookie). <c>?token=</c> on a page sets the cookie and redirects to the same page without it, so the
/// token does not stay in the address bar or the history.
/// </summary>
internal sealed class DashboardAccess(string? token)
{
    public const string Cookie = "crawler_token";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (string.IsNullOrEmpty(token) || context.Request.Path.StartsWithSegments("/health"))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.Query.TryGetValue("token", out var given) && Same(given.ToString()))
        {
            context.Response.Cookies.Append(Cookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            var rest = QueryString.Create(context.Request.Query.Where(q => q.Key != "token"));
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + rest);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (Same(bearer) || Same(context.Request.Cookies[Cookie]))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await context.Response.WriteAsync("a token is required (Diagnostics:Token): send Authorization: Bearer TOKEN, or open /?token=TOKEN once\n").ConfigureAwait(false);
    }

    private bool Same(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(token!));
}
