using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary>
/// Aggregation expressions: <c>"$field.path"</c>, literals, documents of expressions and <c>$literal</c>.
/// Any other expression operator is rejected by name.
/// </summary>
public static class ExpressionEvaluator
{
    public static BsonValue Evaluate(BsonDocument document, BsonValue expression)
    {
        switch (expression)
        {
            case BsonString { Value: var path } when path.StartsWith("$$", StringComparison.Ordinal):
                throw WireCommandException.NotImplemented($"aggregation variable '{path}'");
            case BsonString { Value: var path } when path.StartsWith('$'):
                return BsonPath.Get(document, path[1..]) ?? BsonNull.Value;
            case BsonDocument operators when operators.ElementCount == 1 && operators.GetElement(0).Name.StartsWith('$'):
                var op = operators.GetElement(0);
                return op.Name == "$literal"
                    ? op.Value
                    : throw WireCommandException.NotImplemented($"aggregation expression operator '{op.Name}'");
            case BsonDocument fields:
                var result = new BsonDocument();
                foreach (var field in fields)
                {
                    result[field.Name] = Evaluate(document, field.Value);
                }

                return result;
            default:
                return expression;
        }
    }
}
