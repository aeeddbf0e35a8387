using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>Find projections: inclusion or exclusion of (dotted) fields; <c>_id</c> is kept unless excluded.</summary>
public static class Projection
{
    public static BsonDocument Apply(BsonDocument document, BsonDocument? projection)
    {
        if (projection is null || projection.ElementCount == 0)
        {
            return document;
        }

        var includeId = true;
        var fields = new List<(string Path, bool Include)>();
        foreach (var element in projection)
        {
            if (!element.Value.IsNumeric && !element.Value.IsBoolean)
            {
                throw WireCommandException.NotImplemented($"projection expression for '{element.Name}'");
            }

            var include = element.Value.ToBoolean();
            if (element.Name == "_id")
            {
                includeId = include;
            }
            else
            {
                fields.Add((element.Name, include));
            }
        }

        if (fields.Select(f => f.Include).Distinct().Count() > 1)
        {
            throw new WireCommandException(31254, "Location31254", "Cannot do exclusion on a field in inclusion projection");
        }

        var inclusion = fields.Count > 0 && fields[0].Include;
        BsonDocument result;
        if (inclusion)
        {
            result = [];
            foreach (var (path, _) in fields)
            {
                if (BsonPath.Get(document, path) is { } value)
                {
                    BsonPath.Set(result, path, value);
                }
            }
        }
        else
        {
            result = document.DeepClone().AsBsonDocument;
            foreach (var (path, _) in fields)
            {
                BsonPath.Remove(result, path);
            }
        }

        if (includeId && document.TryGetValue("_id", out var id))
        {
            result.Remove("_id");
            result.InsertAt(0, new BsonElement("_id", id));
        }
        else if (!includeId)
        {
            result.Remove("_id");
        }

        return result;
    }
}
