using System.Globalization;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// Reads a source's flat <c>settings</c> strings into typed values for a family's settings validator. A bad
/// value is noted as a <see cref="SettingProblem"/> naming the key (the fallback stands in), never thrown, so
/// one pass reports every mistake.
/// </summary>
public sealed class SettingsReader(SourceDefinition source)
{
    private readonly List<SettingProblem> _problems = [];
    private readonly List<string> _asked = [];

    public SourceDefinition Source => source;

    public IReadOnlyList<SettingProblem> Problems => _problems;

    public void Problem(string key, string what) => _problems.Add(new SettingProblem(source.Id, key, what));

    /// <summary>The trimmed value, or null when the key is absent or blank.</summary>
    public string? Text(string key)
    {
        if (!_asked.Contains(key, StringComparer.Ordinal)) _asked.Add(key);
        return source.Setting(key)?.Trim();
    }

    /// <summary>
    /// Notes every key of the source's settings that the validator did not ask for, listing the keys it did, so a
    /// misspelt <c>pagesize</c> stops the source loading instead of being silently ignored. Call it last, after
    /// reading every key the family knows (unconditionally, so the list is complete).
    /// </summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in source.Settings.Keys.Where(k => !_asked.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
            Problem(key, $"is not a setting of platform '{source.Platform}'; valid keys: {string.Join(", ", _asked)}");
    }

    public string Text(string key, string fallback) => Text(key) ?? fallback;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="why"/> explains the range.</summary>
    public int WholeNumber(string key, int fallback, int min, int max, string? why = null)
    {
        if (Text(key) is not { } text) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, $"'{text}' is not a whole number");
            return fallback;
        }

        if (value >= min && value <= max) return value;
        Problem(key, $"is {value}; it must be {min} to {max}" + (why is null ? "" : $" ({why})"));
        return fallback;
    }

    /// <summary>A non-negative duration like <c>00:00:00.250</c>.</summary>
    public TimeSpan Duration(string key, TimeSpan fallback)
    {
        if (Text(key) is not { } text) return fallback;
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero) return value;
        Problem(key, $"'{text}' is not a duration like 00:00:00.250");
        return fallback;
    }

    public bool Flag(string key, bool fallback)
    {
        if (Text(key) is not { } text) return fallback;
        if (bool.TryParse(text, out var value)) return value;
        Problem(key, $"'{text}' must be true or false");
        return fallback;
    }
}
