namespace Crawler.Lab.Alibaba;

/// <summary>Maps one BU host's pages and API at the host root, as the real hosts serve them.</summary>
internal static class AlibabaEndpoints
{
    public static void MapAlibabaTenant(this IEndpointRouteBuilder app, AlibabaTenant tenant, TimeProvider time)
    {
        var api = new AlibabaApiHandlers(tenant, time);
        app.MapPost("/position/search", api.SearchAsync);
        app.MapPost("/position/detail", api.DetailAsync);
        app.MapPost("/category/list", api.CategoryListAsync);
        app.MapGet(AlibabaShell.Files.ScriptPath, AlibabaShell.Files.ScriptAsync);
        if (tenant.Spec.IsCampus)
        {
            app.MapPost("/searchCondition/listBatch", api.ListBatchAsync);
            app.MapGet("/campus/position", context => AlibabaShell.PageAsync(context, tenant));
            app.MapGet("/campus/position/{id}", context => AlibabaShell.PageAsync(context, tenant));
        }
        else
        {
            app.MapGet("/off-campus/position-list", context => AlibabaShell.ListPageAsync(context, tenant));
            app.MapGet("/off-campus/position-detail", context => AlibabaShell.PageAsync(context, tenant));
        }
    }
}
