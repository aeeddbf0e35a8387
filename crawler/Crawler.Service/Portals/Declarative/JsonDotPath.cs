using System.Globalization;
using System.Text.Json;

namespace Crawler.Portals.Declarative;

/// <summary>
/// A tiny JSON path for configuration: dot-separated property names, <c>[]</c> to step into every element of
/// an array, <c>[n]</c> for one element (<c>result.openings[]</c>, <c>locations[].label</c>, <c>data.list[0].id</c>).
/// An empty path or <c>$</c> is the element itself. Missing or null steps yield nothing, never an error.
/// </summary>
public sealed class JsonDotPath
{
    private readonly IReadOnlyList<Step> _steps;

    private JsonDotPath(string text, IReadOnlyList<Step> steps)
    {
        Text = text;
        _steps = steps;
    }

    /// <summary>The path as configured.</summary>
    public string Text { get; }

    /// <summary>True when the path ends with <c>[]</c> (it selects the elements of an array).</summary>
    public bool EndsWithAllElements => _steps.Count > 0 && _steps[^1].Kind == StepKind.AllElements;

    /// <summary>Parses a path; returns false with a reason an operator can act on.</summary>
    public static bool TryParse(string? text, out JsonDotPath path, out string error)
    {
        path = new JsonDotPath("", []);
        error = "";
        var trimmed = (text ?? "").Trim();
        if (trimmed.StartsWith('$')) trimmed = trimmed[1..].TrimStart('.');
        var steps = new List<Step>();
        var i = 0;
        while (i < trimmed.Length)
        {
            if (trimmed[i] == '.')
            {
                if (i == 0 || i == trimmed.Length - 1 || trimmed[i + 1] == '.') return Fail($"'{text}' has an empty name between dots", out error);
                i++;
                continue;
            }

            if (trimmed[i] == '[')
            {
                var close = trimmed.IndexOf(']', i);
                if (close < 0) return Fail($"'{text}' has a '[' without ']'", out error);
                var inside = trimmed[(i + 1)..close];
                if (inside.Length == 0) steps.Add(new Step(StepKind.AllElements, null, 0));
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index)) steps.Add(new Step(StepKind.Element, null, index));
                else return Fail($"'{text}' has '[{inside}]'; only '[]' (every element) and '[n]' (one element) are supported", out error);
                i = close + 1;
                if (i < trimmed.Length && trimmed[i] is not ('.' or '[')) return Fail($"'{text}' needs a '.' after ']'", out error);
                continue;
            }

            var end = trimmed.IndexOfAny(['.', '['], i);
            if (end < 0) end = trimmed.Length;
            var name = trimmed[i..end];
            if (name.Contains(']', StringComparison.Ordinal)) return Fail($"'{text}' has a ']' without '['", out error);
            steps.Add(new Step(StepKind.Property, name, 0));
            i = end;
        }

        path = new JsonDotPath(text ?? "", steps);
        return true;
    }

    /// <summary>Parses a path that configuration validation already accepted.</summary>
    public static JsonDotPath Parse(string text) =>
        TryParse(text, out var path, out var error) ? path : throw new FormatException($"JSON path {error}");

    /// <summary>Every element the path reaches from <paramref name="root"/>, in document order.</summary>
    public IReadOnlyList<JsonElement> Select(JsonElement root)
    {
        IEnumerable<JsonElement> current = [root];
        foreach (var step in _steps)
        {
            current = step.Kind switch
            {
                StepKind.Property => current.Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => e.TryGetProperty(step.Name!, out var child) ? child : default)
                    .Where(c => c.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)),
                StepKind.AllElements => current.Where(e => e.ValueKind == JsonValueKind.Array).SelectMany(e => e.EnumerateArray()),
                _ => current.Where(e => e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > step.Index).Select(e => e[step.Index]),
            };
        }

        return [.. current.Where(e => e.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))];
    }

    /// <summary>The path without its final <c>[]</c>: where the array itself should be.</summary>
    public JsonDotPath Container() => EndsWithAllElements ? new JsonDotPath(Text[..Text.LastIndexOf('[')], _steps.Take(_steps.Count - 1).ToList()) : this;

    public override string ToString() => Text;

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }

    private enum StepKind { Property, AllElements, Element }

    private sealed record Step(StepKind Kind, string? Name, int Index);
}
