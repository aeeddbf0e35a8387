using Crawler.Lab.Hosting;

namespace Crawler.Lab.Moka;

/// <summary>Maps the Moka host's pages and API at its root, as app.mokahr.com serves them.</summary>
internal static class MokaEndpoints
{
    public const string ApiBase = "/api/outer/ats-apply/website";

    public static void MapMokaTenant(this IEndpointRouteBuilder app, MokaTenant tenant, TimeProvider time)
    {
        var api = new MokaApiHandlers(tenant, time);
        app.MapPost(ApiBase + "/jobs/v2", api.JobsAsync);
        app.MapPost(ApiBase + "/job", api.JobAsync);
        app.MapPost(ApiBase + "/jobs/module", api.ModuleAsync);
        app.MapGet(MokaShell.Files.ScriptPath, MokaShell.Files.ScriptAsync);

        foreach (var site in tenant.Sites)
        {
            var spec = site.MokaStore.Spec;
            app.MapGet(spec.PagePath, context => MokaShell.PageAsync(context, site));

            // apply/… is an alias of social-recruitment/… on the real host.
            if (!spec.IsCampusSite)
            {
                app.MapGet($"/apply/{spec.OrgId}/{spec.SiteId}", context => LabResponses.Redirect(context, spec.PagePath));
            }
        }
    }
}
