using System.Text.Json;

namespace Crawler.Lab.Control;

/// <summary>
/// <c>/__lab/*</c> on every tenant host, for the standalone <c>lab</c> command and out-of-process tests.
/// Any site of the lab can be addressed from any host.
/// </summary>
internal static class LabControlEndpoints
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public static void MapLabControl(this IEndpointRouteBuilder app, Func<string, LabSite?> findSite)
    {
        app.MapPost("/__lab/mutate", (string site, int? add, int? remove, int? edit) =>
            With(findSite, site, s => Results.Json(s.Mutate(add ?? 0, remove ?? 0, edit ?? 0), JsonOptions)));
        app.MapGet("/__lab/truth", (string site) => With(findSite, site, s => Results.Json(s.GroundTruth(), JsonOptions)));
        app.MapGet("/__lab/stats", (string site) => With(findSite, site, s => Results.Json(s.Stats, JsonOptions)));
        app.MapGet("/__lab/faults", (string site) => With(findSite, site, s => Results.Json(s.Faults, JsonOptions)));
        app.MapPut("/__lab/faults", async (HttpContext context, string site) =>
        {
            var plan = await JsonSerializer.DeserializeAsync<FaultPlan>(context.Request.Body, JsonOptions, context.RequestAborted);
            return With(findSite, site, s =>
            {
                s.Faults = plan ?? FaultPlan.None;
                return Results.Json(s.Faults, JsonOptions);
            });
        });
    }

    private static IResult With(Func<string, LabSite?> findSite, string id, Func<LabSite, IResult> action) =>
        findSite(id) is { } site ? action(site) : Results.NotFound(new { error = $"no lab site '{id}'" });
}
