using System.Text.Json.Nodes;

namespace Crawler.Lab.Generation;

/// <summary>
/// The detail page's DOM names and structure, drawn from the lab seed and the site id: element tags, class
/// names, the attribute that carries the posting id, heading levels, wrapper depth and the order of title and
/// meta all change per seed. A crawler (or a test) that passes only by knowing our own DOM fails on another
/// seed; the text a person reads stays the same.
/// </summary>
internal static class DetailSkin
{
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ru", "ze", "po", "ti", "va", "qu", "ne", "xo", "bi", "sa", "du", "fe", "gy"];

    public static JsonObject For(int seed, string siteId)
    {
        var random = new Random(StableHash.Seed(seed, siteId, "detail-skin"));
        string Token() => random.Pick(Syllables) + random.Pick(Syllables) + "-" + random.Next(10, 100);
        var wrappers = new JsonArray();
        for (var i = random.Next(0, 3); i > 0; i--) wrappers.Add(Token());
        return new JsonObject
        {
            ["rootTag"] = random.Pick(["article", "section", "div"]),
            ["titleTag"] = random.Pick(["h1", "h2", "h3", "div", "strong", "p"]),
            ["headingTag"] = random.Pick(["h2", "h3", "h4", "div", "b"]),
            ["idAttr"] = "data-" + Token(),
            ["metaFirst"] = random.Chance(0.5),
            ["wrappers"] = wrappers,
            ["classes"] = new JsonObject
            {
                ["root"] = Token(), ["title"] = Token(), ["meta"] = Token(), ["block"] = Token(),
                ["description"] = Token(), ["requirement"] = Token(),
            },
        };
    }
}
