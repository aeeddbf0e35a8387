using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>Sorts by <c>{ field: 1 | -1, ... }</c>, stable, arrays by their smallest (asc) or largest (desc) element.</summary>
public static class SortSpec
{
    public static IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> documents, BsonDocument? sort)
    {
        if (sort is null || sort.ElementCount == 0)
        {
            return documents;
        }

        var keys = sort.Select(element => (element.Name, Direction: Direction(element))).ToList();
        return documents.Order(Comparer<BsonDocument>.Create((a, b) =>
        {
            foreach (var (path, direction) in keys)
            {
                var c = BsonValueComparer.Instance.Compare(Key(a, path, direction), Key(b, path, direction));
                if (c != 0)
                {
                    return c * direction;
                }
            }

            return 0;
        }));
    }

    private static int Direction(BsonElement element)
    {
        if (!element.Value.IsNumeric || Math.Abs(element.Value.ToDouble()) != 1)
        {
            throw WireCommandException.NotImplemented($"sort specification {element.Value} for '{element.Name}'");
        }

        return element.Value.ToInt32();
    }

    /// <summary>
    /// The value a document sorts by: through arrays, every element's value (a sub-document without the field
    /// counts as null), the smallest ascending and the largest descending. An empty array sorts below null and
    /// missing, in either direction, as in MongoDB.
    /// </summary>
    private static BsonValue Key(BsonDocument document, string path, int direction)
    {
        var keys = new List<BsonValue>();
        var sawEmptyArray = false;
        Collect(document, path.Split('.'), 0, keys, ref sawEmptyArray);
        if (keys.Count == 0)
        {
            return sawEmptyArray ? BelowNull : BsonNull.Value;
        }

        return direction > 0 ? keys.Min(BsonValueComparer.Instance)! : keys.Max(BsonValueComparer.Instance)!;
    }

    // MinKey ranks below null in BsonValueComparer; stored documents never hold it.
    private static readonly BsonValue BelowNull = BsonMinKey.Value;

    private static void Collect(BsonValue current, string[] parts, int index, List<BsonValue> keys, ref bool sawEmptyArray)
    {
        if (index == parts.Length)
        {
            if (current is BsonArray leaf)
            {
                sawEmptyArray |= leaf.Count == 0;
                keys.AddRange(leaf);
            }
            else
            {
                keys.Add(current);
            }

            return;
        }

        switch (current)
        {
            case BsonDocument doc when doc.TryGetValue(parts[index], out var next):
                Collect(next, parts, index + 1, keys, ref sawEmptyArray);
                break;
            case BsonDocument:
                keys.Add(BsonNull.Value);
                break;
            case BsonArray array:
                sawEmptyArray |= array.Count == 0;
                foreach (var element in array.OfType<BsonDocument>())
                {
                    Collect(element, parts, index, keys, ref sawEmptyArray);
                }

                break;
        }
    }
}
