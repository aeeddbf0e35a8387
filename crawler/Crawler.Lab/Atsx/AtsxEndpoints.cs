using Crawler.Lab.Hosting;

namespace Crawler.Lab.Atsx;

/// <summary>Maps a tenant's pages and API at the host root, as the real hosts do.</summary>
internal static class AtsxEndpoints
{
    public static void MapAtsxTenant(this IEndpointRouteBuilder app, AtsxTenant tenant, TimeProvider time)
    {
        var api = new AtsxApiHandlers(tenant, time);
        app.MapPost("/api/v1/csrf/token", api.CsrfAsync);
        app.MapPost("/api/v1/search/job/posts", api.SearchAsync);
        app.MapGet("/api/v1/job/posts/{id}", (HttpContext context, string id) => api.DetailAsync(context, id));
        app.MapGet("/api/v1/config/job/filters/{portalType:int}", (HttpContext context, int portalType) => api.FiltersAsync(context, portalType));
        app.MapGet(AtsxShell.Files.ScriptPath, AtsxShell.Files.ScriptAsync);

        foreach (var site in tenant.Sites)
        {
            var pagePath = site.Spec.PagePath;
            // Routing matches with or without a trailing slash.
            app.MapGet(pagePath, context => AtsxShell.PageAsync(context, site));
            app.MapGet(pagePath + "/{id}/detail", context => AtsxShell.PageAsync(context, site));

            // The real entry links point at the site root (/379481/); the page lives under /position.
            var root = pagePath[..pagePath.LastIndexOf('/')];
            app.MapGet(root, context => LabResponses.Redirect(context, pagePath));
        }
    }
}
