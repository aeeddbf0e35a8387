using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary><c>$unwind</c> by path, optionally keeping documents whose array is missing or empty.</summary>
public static class UnwindStage
{
    public static IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, BsonValue spec)
    {
        var options = spec as BsonDocument ?? new BsonDocument("path", spec);
        CommandFieldsForStage(options);
        var path = options["path"].AsString;
        if (!path.StartsWith('$'))
        {
            throw new WireCommandException(28818, "Location28818", "path option to $unwind stage should be prefixed with a '$'");
        }

        path = path[1..];
        var preserve = options.GetValue("preserveNullAndEmptyArrays", false).ToBoolean();
        foreach (var document in input)
        {
            var value = BsonPath.Get(document, path);
            if (value is BsonArray { Count: > 0 } array)
            {
                foreach (var element in array)
                {
                    var copy = document.DeepClone().AsBsonDocument;
                    BsonPath.Set(copy, path, element);
                    yield return copy;
                }
            }
            else if (value is not null && value is not BsonArray && !value.IsBsonNull)
            {
                yield return document;
            }
            else if (preserve)
            {
                yield return document;
            }
        }
    }

    private static void CommandFieldsForStage(BsonDocument options)
    {
        foreach (var element in options)
        {
            if (element.Name is not ("path" or "preserveNullAndEmptyArrays"))
            {
                throw WireCommandException.NotImplemented($"$unwind option '{element.Name}'");
            }
        }
    }
}
