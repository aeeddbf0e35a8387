using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary><c>$project</c>: inclusion or exclusion, plus computed fields in an inclusion projection.</summary>
public static class ProjectStage
{
    public static BsonDocument Apply(BsonDocument document, BsonDocument spec)
    {
        if (spec.All(e => e.Value.IsNumeric || e.Value.IsBoolean))
        {
            return Projection.Apply(document, spec);
        }

        var result = new BsonDocument();
        if (spec.GetValue("_id", true).ToBoolean() && document.TryGetValue("_id", out var id))
        {
            result["_id"] = id;
        }

        foreach (var element in spec.Where(e => e.Name != "_id"))
        {
            if (element.Value.IsNumeric || element.Value.IsBoolean)
            {
                if (!element.Value.ToBoolean())
                {
                    throw new WireCommandException(31254, "Location31254", $"Invalid $project: cannot exclude '{element.Name}' in an inclusion projection");
                }

                if (BsonPath.Get(document, element.Name) is { } included)
                {
                    BsonPath.Set(result, element.Name, included);
                }
            }
            else if (ExpressionEvaluator.EvaluateOrMissing(document, element.Value) is { } value)
            {
                // A missing value (e.g. a field path to nothing) leaves the field out, as MongoDB does.
                BsonPath.Set(result, element.Name, value);
            }
        }

        return result;
    }
}
