using System.Text.Json;
using Crawler.Crawling;
using Crawler.Model;

namespace Crawler.Commands;

/// <summary>
/// One input line of <c>derive --stdin</c>: the posting text an analyst wants read, as a JSON object
/// <c>{"title","description","requirement","recruitType"}</c> (optionally <c>"cities"</c>, an array of names).
/// </summary>
public sealed record DeriveInput(string? Title, string? Description, string? Requirement, string? RecruitType, IReadOnlyList<string> Cities)
{
    private static readonly string[] TextFields = ["title", "description", "requirement", "recruitType"];

    /// <summary>
    /// The posting the crawler would store for this text. The track is unknown, as for a declarative
    /// source, so the recruit-type word and the text decide the campus flag through the same classifier.
    /// </summary>
    public ObservedPosting ToPosting() => new()
    {
        PortalId = "stdin",
        Title = Title ?? "",
        Description = Description,
        Requirement = Requirement,
        RecruitType = RecruitType,
        Cities = Cities,
        Track = RecruitTrack.Unknown,
        RawJson = "{}",
    };

    /// <summary>Reads one line; on failure <paramref name="error"/> says what is wrong, in one line.</summary>
    public static DeriveInput? Parse(string line, out string? error)
    {
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = "not valid JSON: " + ex.Message.Split('\n')[0];
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, got {root.ValueKind.ToString().ToLowerInvariant()}";
                return null;
            }

            var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in TextFields)
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null)
                {
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        error = $"\"{name}\" must be a string, got {value.ValueKind.ToString().ToLowerInvariant()}";
                        return null;
                    }

                    texts[name] = value.GetString();
                }
            }

            if (!texts.ContainsKey("title") && !texts.ContainsKey("description") && !texts.ContainsKey("requirement"))
            {
                error = "none of \"title\", \"description\", \"requirement\" is given";
                return null;
            }

            var cities = ReadCities(root, out error);
            return error is null
                ? new DeriveInput(texts.GetValueOrDefault("title"), texts.GetValueOrDefault("description"), texts.GetValueOrDefault("requirement"), texts.GetValueOrDefault("recruitType"), cities)
                : null;
        }
    }

    private static List<string> ReadCities(JsonElement root, out string? error)
    {
        error = null;
        if (!root.TryGetProperty("cities", out var cities) || cities.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (cities.ValueKind != JsonValueKind.Array || cities.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
        {
            error = "\"cities\" must be an array of strings";
            return [];
        }

        return [.. cities.EnumerateArray().Select(c => c.GetString()!)];
    }
}
