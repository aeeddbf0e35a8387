using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary>
/// Runs the stages <c>$match $group $unwind $project $sort $limit $count</c>; any other stage is an error.
/// </summary>
public static class AggregationPipeline
{
    public static List<BsonDocument> Run(IEnumerable<BsonDocument> input, BsonArray pipeline)
    {
        var current = input;
        foreach (var stageValue in pipeline)
        {
            var stage = stageValue.AsBsonDocument;
            if (stage.ElementCount != 1)
            {
                throw new WireCommandException(40323, "Location40323", "A pipeline stage specification object must contain exactly one field.");
            }

            var (name, spec) = (stage.GetElement(0).Name, stage.GetElement(0).Value);
            var input1 = current;
            current = name switch
            {
                "$match" => input1.Where(d => FilterMatcher.Matches(d, spec.AsBsonDocument)),
                "$group" => GroupStage.Apply(input1, spec.AsBsonDocument),
                "$unwind" => UnwindStage.Apply(input1, spec),
                "$project" => input1.Select(d => ProjectStage.Apply(d, spec.AsBsonDocument)),
                "$sort" => SortSpec.Apply(input1, spec.AsBsonDocument),
                "$limit" => input1.Take(spec.ToInt32()),
                "$count" => Count(input1, spec.AsString),
                _ => throw WireCommandException.NotImplemented($"aggregation stage '{name}'"),
            };

            // Materialise each stage so errors surface now, not while the cursor is being read.
            current = current.ToList();
        }

        return current.ToList();
    }

    private static IEnumerable<BsonDocument> Count(IEnumerable<BsonDocument> input, string field)
    {
        var n = input.Count();
        return n == 0 ? [] : [new BsonDocument(field, n)];
    }
}
