using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary><c>$group</c> by an <c>_id</c> expression with the accumulators <c>$sum</c> and <c>$avg</c>.</summary>
public static class GroupStage
{
    public static IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, BsonDocument spec)
    {
        if (!spec.TryGetValue("_id", out var idExpression))
        {
            throw new WireCommandException(15955, "Location15955", "a group specification must include an _id");
        }

        var accumulators = spec.Where(e => e.Name != "_id").Select(ParseAccumulator).ToList();
        var groups = new List<(BsonValue Id, List<BsonDocument> Members)>();
        foreach (var document in input)
        {
            var id = ExpressionEvaluator.Evaluate(document, idExpression);
            var group = groups.FirstOrDefault(g => BsonValueComparer.AreEqual(g.Id, id));
            if (group.Members is null)
            {
                group = (id, []);
                groups.Add(group);
            }

            group.Members.Add(document);
        }

        foreach (var (id, members) in groups)
        {
            var output = new BsonDocument("_id", id);
            foreach (var (field, op, expression) in accumulators)
            {
                var values = members.Select(m => ExpressionEvaluator.Evaluate(m, expression)).Where(v => v.IsNumeric).ToList();
                output[field] = op == "$sum" ? Sum(values) : Average(values);
            }

            yield return output;
        }
    }

    private static (string Field, string Op, BsonValue Expression) ParseAccumulator(BsonElement element)
    {
        if (element.Value is not BsonDocument { ElementCount: 1 } accumulator)
        {
            throw new WireCommandException(40234, "Location40234", $"The field '{element.Name}' must be an accumulator object");
        }

        var op = accumulator.GetElement(0);
        return op.Name is "$sum" or "$avg"
            ? (element.Name, op.Name, op.Value)
            : throw WireCommandException.NotImplemented($"group accumulator '{op.Name}'");
    }

    private static BsonValue Sum(List<BsonValue> values)
    {
        if (values.Any(v => v.IsDouble || v.IsDecimal128))
        {
            return values.Sum(v => v.ToDouble());
        }

        var sum = values.Sum(v => v.ToInt64());
        return values.Any(v => v.IsInt64) || sum is > int.MaxValue or < int.MinValue ? new BsonInt64(sum) : new BsonInt32((int)sum);
    }

    private static BsonValue Average(List<BsonValue> values) =>
        values.Count == 0 ? BsonNull.Value : new BsonDouble(values.Average(v => v.ToDouble()));
}
