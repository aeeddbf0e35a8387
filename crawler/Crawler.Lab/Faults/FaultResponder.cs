using Crawler.Lab.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crawler.Lab.Faults;

/// <summary>
/// Applies the site's next fault to an API call that passed the family's own checks (tokens, signature, session): the one
/// fault step every family's API shares, so a plan fails an ATSX, Moka, Alibaba or Nimbus call the same way.
/// </summary>
internal static class FaultResponder
{
    private static readonly TimeSpan HangCap = TimeSpan.FromMinutes(5);

    /// <summary>Returns the fault; when it is terminal the response is already written (or the connection aborted).</summary>
    /// <param name="context">The API call.</param>
    /// <param name="site">Whose fault plan applies.</param>
    /// <param name="time">Clock of slow and hanging answers.</param>
    /// <param name="callKind">Counts this kind of call apart (<see cref="FaultInjector.Next"/>); null shares one sequence.</param>
    public static async Task<FaultKind> ApplyAsync(HttpContext context, LabSite site, TimeProvider time, string? callKind = null)
    {
        var kind = site.FaultInjector.Next(callKind);
        if (kind == FaultKind.None)
        {
            return kind;
        }

        site.Counters.Fault(kind.Name());
        var plan = site.Faults;
        switch (kind)
        {
            case FaultKind.FailFirst or FaultKind.ServerError:
                await LabResponses.Status(context, StatusCodes.Status500InternalServerError);
                break;
            case FaultKind.TooManyRequests:
                var seconds = (int)Math.Ceiling(Math.Max(0, plan.RetryAfter.TotalSeconds));
                site.Counters.TooManyRequests(TimeSpan.FromSeconds(seconds));
                context.Response.Headers.RetryAfter = seconds.ToString();
                await LabResponses.Status(context, StatusCodes.Status429TooManyRequests);
                break;
            case FaultKind.Slow:
                await DelayAsync(context, plan.SlowDelay, time);
                break;
            case FaultKind.Hang:
                await DelayAsync(context, HangCap, time);
                context.Abort();
                break;
        }

        return kind;
    }

    public static bool IsTerminal(this FaultKind kind) =>
        kind is FaultKind.FailFirst or FaultKind.ServerError or FaultKind.TooManyRequests or FaultKind.Hang;

    /// <summary>Waits until the delay passes, the client goes away or the lab stops (so disposing never waits on a hang).</summary>
    private static async Task DelayAsync(HttpContext context, TimeSpan delay, TimeProvider time)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(delay, time, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away; nothing is left to answer.
        }
    }
}
