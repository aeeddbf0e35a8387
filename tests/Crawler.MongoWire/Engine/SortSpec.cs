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

    private static BsonValue Key(BsonDocument document, string path, int direction)
    {
        var value = BsonPath.Get(document, path);
        if (value is BsonArray { Count: > 0 } array)
        {
            return direction > 0 ? array.Min(BsonValueComparer.Instance)! : array.Max(BsonValueComparer.Instance)!;
        }

        return value ?? BsonNull.Value;
    }
}
