using System.Globalization;
using Crawler.Model;

namespace Crawler.Diagnostics;

/// <summary>One running run's progress as a short phrase: "details 12/40 (2 failed) for 38s, updated 1s ago".</summary>
public static class RunProgressText
{
    public static string Describe(RunProgress progress, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var text = progress.Describe() + " for " + Span(now - progress.PhaseSince);
        var age = now - progress.UpdatedAt;
        return age > TimeSpan.FromSeconds(10) ? text + ", updated " + Span(age) + " ago" : text;
    }

    /// <summary>"38s", "4m12s", "2h05m".</summary>
    public static string Span(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        return span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
            : span.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalSeconds}s");
    }
}
