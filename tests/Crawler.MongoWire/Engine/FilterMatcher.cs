using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>
/// Evaluates query filters. Supports equality, <c>$eq $ne $gt $gte $lt $lte $in $exists</c> on fields and
/// <c>$and $or</c> at any level; any other operator is rejected so a test never passes on an ignored clause.
/// </summary>
public static class FilterMatcher
{
    public static bool Matches(BsonDocument document, BsonDocument filter)
    {
        foreach (var element in filter)
        {
            if (!MatchesElement(document, element))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesElement(BsonDocument document, BsonElement element)
    {
        switch (element.Name)
        {
            case "$and":
                return Clauses(element).All(clause => Matches(document, clause));
            case "$or":
                return Clauses(element).Any(clause => Matches(document, clause));
            case var name when name.StartsWith('$'):
                throw WireCommandException.NotImplemented($"query operator '{name}'");
        }

        var candidates = BsonPath.Candidates(document, element.Name);
        if (element.Value is BsonDocument operators && operators.ElementCount > 0 && operators.GetElement(0).Name.StartsWith('$'))
        {
            return operators.All(op => MatchesOperator(candidates, op));
        }

        return EqualsAny(candidates, element.Value);
    }

    private static IEnumerable<BsonDocument> Clauses(BsonElement element)
    {
        if (element.Value is not BsonArray { Count: > 0 } clauses)
        {
            throw WireCommandException.BadValue($"{element.Name} must be a nonempty array");
        }

        return clauses.Select(clause => clause.AsBsonDocument);
    }

    private static bool MatchesOperator(List<BsonValue> candidates, BsonElement op) => op.Name switch
    {
        "$eq" => EqualsAny(candidates, op.Value),
        "$ne" => !EqualsAny(candidates, op.Value),
        "$gt" => CompareAny(candidates, op.Value, c => c > 0),
        "$gte" => CompareAny(candidates, op.Value, c => c >= 0),
        "$lt" => CompareAny(candidates, op.Value, c => c < 0),
        "$lte" => CompareAny(candidates, op.Value, c => c <= 0),
        "$in" => op.Value is BsonArray values
            ? values.Any(value => EqualsAny(candidates, value))
            : throw WireCommandException.BadValue("$in needs an array"),
        "$exists" => candidates.Count > 0 == op.Value.ToBoolean(),
        _ => throw WireCommandException.NotImplemented($"query operator '{op.Name}'"),
    };

    private static bool EqualsAny(List<BsonValue> candidates, BsonValue value)
    {
        if (value is BsonRegularExpression)
        {
            throw WireCommandException.NotImplemented("regular-expression matching");
        }

        if (value.IsBsonNull && candidates.Count == 0)
        {
            return true;
        }

        return candidates.Any(candidate => BsonValueComparer.AreEqual(candidate, value));
    }

    private static bool CompareAny(List<BsonValue> candidates, BsonValue value, Func<int, bool> accept) =>
        candidates.Any(candidate =>
            BsonValueComparer.SameBracket(candidate, value) && accept(BsonValueComparer.Instance.Compare(candidate, value)));
}
