using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Aggregation;

/// <summary>
/// Aggregation expressions: <c>"$field.path"</c>, literals, documents of expressions, <c>$literal</c>, and
/// <c>$size</c> and <c>$divide</c> (the analysts' city-share query weights each city 1/N), and <c>$cond</c> in
/// its array form (campus postings count as 0 in the experience mean; the campus share counts them).
/// Any other expression operator is rejected by name.
/// </summary>
public static class ExpressionEvaluator
{
    /// <summary>The expression's value, null where MongoDB would see a missing value (as <c>$group</c> does).</summary>
    public static BsonValue Evaluate(BsonDocument document, BsonValue expression) =>
        EvaluateOrMissing(document, expression) ?? BsonNull.Value;

    /// <summary>The expression's value, or C# null when it is missing (a field path to nothing): <c>$project</c> then omits the field.</summary>
    public static BsonValue? EvaluateOrMissing(BsonDocument document, BsonValue expression)
    {
        switch (expression)
        {
            case BsonString { Value: var path } when path.StartsWith("$$", StringComparison.Ordinal):
                throw WireCommandException.NotImplemented($"aggregation variable '{path}'");
            case BsonString { Value: var path } when path.StartsWith('$'):
                return BsonPath.Resolve(document, path[1..].Split('.'));
            case BsonDocument operators when operators.ElementCount == 1 && operators.GetElement(0).Name.StartsWith('$'):
                var op = operators.GetElement(0);
                return op.Name switch
                {
                    "$literal" => op.Value,
                    "$size" => Size(EvaluateOrMissing(document, Single(op.Value))),
                    "$divide" => Divide(document, op.Value),
                    "$cond" => Cond(document, op.Value),
                    _ => throw WireCommandException.NotImplemented($"aggregation expression operator '{op.Name}'"),
                };
            case BsonDocument fields:
                var result = new BsonDocument();
                foreach (var field in fields)
                {
                    if (EvaluateOrMissing(document, field.Value) is { } value)
                    {
                        result[field.Name] = value;
                    }
                }

                return result;
            default:
                return expression;
        }
    }

    private static BsonValue? Cond(BsonDocument document, BsonValue arguments)
    {
        if (arguments is not BsonArray { Count: 3 } parts)
        {
            throw WireCommandException.NotImplemented("$cond other than the array form [if, then, else]");
        }

        return Truthy(Evaluate(document, parts[0])) ? EvaluateOrMissing(document, parts[1]) : EvaluateOrMissing(document, parts[2]);
    }

    // MongoDB's truthiness: false, null, missing and numeric zero are false; everything else is true.
    private static bool Truthy(BsonValue value) => value switch
    {
        BsonBoolean b => b.Value,
        BsonNull or BsonUndefined => false,
        _ when value.IsNumeric => value.ToDouble() != 0,
        _ => true,
    };

    private static BsonValue Single(BsonValue argument) => argument is BsonArray { Count: 1 } wrapped ? wrapped[0] : argument;

    private static BsonValue Size(BsonValue? value) => value is BsonArray array
        ? array.Count
        : throw new WireCommandException(17124, "Location17124",
            $"The argument to $size must be an array. Was of type: {(value is null ? "missing" : value.BsonType.ToString().ToLowerInvariant())}");

    private static BsonValue Divide(BsonDocument document, BsonValue arguments)
    {
        if (arguments is not BsonArray { Count: 2 } pair)
        {
            throw new WireCommandException(16020, "Location16020", "Expression $divide takes exactly 2 arguments.");
        }

        var dividend = Evaluate(document, pair[0]);
        var divisor = Evaluate(document, pair[1]);
        if (dividend.IsBsonNull || divisor.IsBsonNull)
        {
            return BsonNull.Value;
        }

        if (!dividend.IsNumeric || !divisor.IsNumeric)
        {
            throw new WireCommandException(16609, "TypeMismatch", "$divide only supports numeric types");
        }

        return divisor.ToDouble() == 0
            ? throw new WireCommandException(2, "BadValue", "can't $divide by zero")
            : new BsonDouble(dividend.ToDouble() / divisor.ToDouble());
    }
}
