using System.Globalization;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// A declarative source's flat settings read one way by the validator and by the typed view: a value is trimmed,
/// a blank one is absent, and paths and whole numbers parse alike, so what is accepted at load is what is built.
/// </summary>
internal sealed class DeclarativeValues(IReadOnlyDictionary<string, string> settings)
{
    /// <summary>Whether <paramref name="key"/> is written at all, even blank.</summary>
    public bool IsWritten(string key) => settings.ContainsKey(key);

    /// <summary>The trimmed value; null when absent or blank.</summary>
    public string? Get(string key) => settings.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The JSON path of an accepted setting; null when absent.</summary>
    public JsonDotPath? Path(string key) => Get(key) is { } p ? JsonDotPath.Parse(p) : null;

    /// <summary>The whole number of an accepted setting; <paramref name="fallback"/> when absent.</summary>
    public int Int(string key, int fallback) => Get(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>Notes <paramref name="key"/> on <paramref name="problem"/> when it holds something that is not a JSON path.</summary>
    public void CheckPath(string key, Action<string, string> problem)
    {
        if (Get(key) is { } text && !JsonDotPath.TryParse(text, out _, out var error)) problem(key, $"is not a JSON path: {error}");
    }
}
