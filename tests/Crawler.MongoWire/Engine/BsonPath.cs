using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>Reads and writes dotted field paths (<c>derived.cities</c>), with MongoDB's array semantics.</summary>
public static class BsonPath
{
    /// <summary>
    /// The values a query compares against: the value at the path, and, when it is an array, each element too
    /// (so <c>{ cities: "Beijing" }</c> matches <c>cities: ["Beijing", "Shanghai"]</c>). Empty when missing.
    /// </summary>
    public static List<BsonValue> Candidates(BsonDocument document, string path)
    {
        var results = new List<BsonValue>();
        Collect(document, path.Split('.'), 0, results);
        return results;
    }

    /// <summary>The single value at a path, or null when it is missing.</summary>
    public static BsonValue? Get(BsonDocument document, string path)
    {
        BsonValue current = document;
        foreach (var part in path.Split('.'))
        {
            if (current is not BsonDocument doc || !doc.TryGetValue(part, out var next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public static void Set(BsonDocument document, string path, BsonValue value)
    {
        var parts = path.Split('.');
        var parent = document;
        foreach (var part in parts[..^1])
        {
            if (!parent.TryGetValue(part, out var next))
            {
                next = new BsonDocument();
                parent[part] = next;
            }
            else if (next is not BsonDocument)
            {
                throw WireCommandException.NotImplemented($"setting '{path}' through a non-document value");
            }

            parent = next.AsBsonDocument;
        }

        parent[parts[^1]] = value;
    }

    public static bool Remove(BsonDocument document, string path)
    {
        var parts = path.Split('.');
        var parent = document;
        foreach (var part in parts[..^1])
        {
            if (!parent.TryGetValue(part, out var next) || next is not BsonDocument child)
            {
                return false;
            }

            parent = child;
        }

        if (!parent.Contains(parts[^1]))
        {
            return false;
        }

        parent.Remove(parts[^1]);
        return true;
    }

    private static void Collect(BsonValue current, string[] parts, int index, List<BsonValue> results)
    {
        if (index == parts.Length)
        {
            results.Add(current);
            if (current is BsonArray leaf)
            {
                results.AddRange(leaf);
            }

            return;
        }

        switch (current)
        {
            case BsonDocument doc when doc.TryGetValue(parts[index], out var next):
                Collect(next, parts, index + 1, results);
                break;
            case BsonArray array:
                // "city_list.0.name" means the first element's name, as well as a field named "0" in an element.
                if (int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) &&
                    position < array.Count)
                {
                    Collect(array[position], parts, index + 1, results);
                }

                foreach (var element in array)
                {
                    if (element is BsonDocument)
                    {
                        Collect(element, parts, index, results);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// An aggregation field path (<c>"$raw.city_list.name"</c>): through an array of sub-documents it yields the
    /// array of their values, leaving out elements without the field; null when the path is missing.
    /// </summary>
    public static BsonValue? Resolve(BsonValue current, string[] parts, int index = 0)
    {
        if (index == parts.Length)
        {
            return current;
        }

        switch (current)
        {
            case BsonDocument doc:
                return doc.TryGetValue(parts[index], out var next) ? Resolve(next, parts, index + 1) : null;
            case BsonArray array:
                var values = new BsonArray();
                foreach (var element in array)
                {
                    if (element is BsonDocument or BsonArray && Resolve(element, parts, index) is { } value)
                    {
                        values.Add(value);
                    }
                }

                return values;
            default:
                return null;
        }
    }
}
