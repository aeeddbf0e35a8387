namespace Crawler.Browsing;

/// <summary>
/// When an idle, healthy browser is thrown away anyway: after <see cref="BrowserOptions.PagesBeforeRecycle"/>
/// contexts, or when its process tree holds more than <see cref="BrowserOptions.RecycleAboveMemoryMb"/>.
/// </summary>
internal static class BrowserRecyclePolicy
{
    /// <summary>The reason and metric kind to recycle now, or null to keep the browser.</summary>
    public static (string Reason, string Kind)? Decide(BrowserOptions options, int contextsSinceLaunch, Func<long> memoryBytes)
    {
        if (contextsSinceLaunch >= options.PagesBeforeRecycle) return ("recycle after " + contextsSinceLaunch + " contexts", "recycle");
        if (options.RecycleAboveMemoryMb > 0 && memoryBytes() is var rss && rss > options.RecycleAboveMemoryMb * 1024 * 1024)
        {
            return ($"browser holds {rss / (1024 * 1024)} MB (limit {options.RecycleAboveMemoryMb} MB)", "memory");
        }

        return null;
    }
}
