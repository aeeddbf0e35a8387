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

    /// <summary>A card of the DOM site's feed (<c>GET /api/jobs/feed</c>); its detail adds the texts.</summary>
    public static JsonObject FeedItem(AtsxPost post, bool withTexts)
    {
        var p = post.Posting;
        var item = new JsonObject
        {
            ["id"] = p.Id,
            ["title"] = p.Title,
            ["cities"] = new JsonArray([.. p.Cities.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["team"] = p.CategoryPath,
            ["type"] = TrackLabel(p.Track),
        };
        if (withTexts)
        {
            item["description"] = p.Description;
            item["requirement"] = p.Requirement;
        }

        return item;
    }
}
