namespace Crawler.Browsing;

/// <summary>
/// Picks the Chromium to launch. Debian's Chromium is the default here because Playwright's own browser
/// download cannot reach its host on these machines; where Playwright's browser is installed it still works.
/// </summary>
public static class BrowserExecutableResolver
{
    /// <summary>
    /// Returns the executable path to launch, or null to let Playwright use its own installed browser.
    /// Throws when nothing in the search order is usable, naming every place it looked.
    /// </summary>
    public static string? Resolve(BrowserOptions options, Func<string, bool>? fileExists = null)
    {
        fileExists ??= File.Exists;
        var order = options.ExecutableSearchOrder.Count > 0 ? options.ExecutableSearchOrder : [.. BrowserOptions.DefaultSearchOrder];
        var tried = new List<string>();
        foreach (var entry in order)
        {
            if (entry == "configured")
            {
                if (string.IsNullOrWhiteSpace(options.ExecutablePath)) continue;
                if (fileExists(options.ExecutablePath)) return options.ExecutablePath;
                tried.Add($"configured executablePath '{options.ExecutablePath}' (missing)");
            }
            else if (entry == "playwright")
            {
                return null;
            }
            else if (fileExists(entry))
            {
                return entry;
            }
            else
            {
                tried.Add($"{entry} (missing)");
            }
        }

        throw new InvalidOperationException(
            "No browser found. Looked at: " + string.Join(", ", tried) +
            ". Install Chromium (apt-get install -y chromium) or set browser.executablePath in playwright.config.json.");
    }
}
