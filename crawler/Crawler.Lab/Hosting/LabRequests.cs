namespace Crawler.Lab.Hosting;

/// <summary>What every lab API reads from a request the same way.</summary>
internal static class LabRequests
{
    /// <summary>The whole request body as text.</summary>
    public static async Task<string> BodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        return await reader.ReadToEndAsync(context.RequestAborted);
    }
}
