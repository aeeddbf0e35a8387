using System.Globalization;
using System.Text.Json.Nodes;
using Crawler.Lab.Atsx;

namespace Crawler.Lab.Nimbus;

/// <summary>Nimbus's own field names: nothing like ATSX, Moka or Alibaba (openingId, headline, body, locations[].label).</summary>
internal static class NimbusJson
{
    public static string EmploymentType(string track) => track switch
    {
        "campus" => "Graduate",
        "intern" => "Internship",
        _ => "Full-time",
    };

    public static string TrackLabel(string track) => track switch
    {
        "campus" => "校招",
        "intern" => "实习",
        _ => "社招",
    };

    /// <summary>An opening of the API site, as <c>GET /api/careers/openings</c> lists it.</summary>
    public static JsonObject Opening(AtsxPost post)
    {
        var p = post.Posting;
        return new JsonObject
        {
            ["openingId"] = p.Id,
            ["reference"] = p.Code,
            ["headline"] = p.Title,
            ["body"] = p.Description,
            ["qualifications"] = p.Requirement,
            ["locations"] = new JsonArray([.. p.Cities.Zip(p.CityCodes).Select(c => (JsonNode)new JsonObject { ["label"] = c.First, ["code"] = c.Second })]),
            ["team"] = new JsonObject { ["name"] = p.CategoryPath },
            ["employmentType"] = EmploymentType(p.Track),
            ["postedAt"] = p.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            // Volatile, as real portals' tracking fields are: must never count as a change.
            ["impressionToken"] = Guid.NewGuid().ToString("N"),
        };
    }

    /// <summary>The card of the DOM site's feed (<c>GET /api/jobs/feed</c>); its detail (<c>GET /api/jobs/{id}</c>) adds the texts.</summary>
    public static NimbusCardFields FeedFields { get; } = new("id", "title", "cities", "team", "type", "description", "requirement");

    public static JsonObject FeedItem(AtsxPost post, bool withTexts) => Card(post, FeedFields, withTexts);

    /// <summary>A card under the names of <paramref name="fields"/>; with <paramref name="withTexts"/> it carries the description and requirement too.</summary>
    public static JsonObject Card(AtsxPost post, NimbusCardFields fields, bool withTexts)
    {
        var p = post.Posting;
        var card = new JsonObject
        {
            [fields.Id] = p.Id,
            [fields.Title] = p.Title,
            [fields.Cities] = new JsonArray([.. p.Cities.Select(c => (JsonNode)JsonValue.Create(c))]),
            [fields.Team] = p.CategoryPath,
            [fields.Type] = TrackLabel(p.Track),
        };
        if (fields.UpdateTime is { } updateTime)
        {
            card[updateTime] = p.PublishedAt.ToUnixTimeMilliseconds();
        }

        if (withTexts)
        {
            card[fields.Description] = p.Description;
            card[fields.Requirement] = p.Requirement;
        }

        return card;
    }
}
