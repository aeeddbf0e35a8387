using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>
/// Applies an update document: a replacement, or the operators <c>$set $setOnInsert $inc $unset</c>.
/// Pipeline updates and every other operator are rejected.
/// </summary>
public static class UpdateApplier
{
    /// <summary>Applies <paramref name="update"/> to <paramref name="document"/> in place.</summary>
    public static void Apply(BsonDocument document, BsonValue update, bool isInsert)
    {
        if (update is BsonArray)
        {
            throw WireCommandException.NotImplemented("pipeline-style update");
        }

        var spec = update.AsBsonDocument;
        if (!IsOperatorUpdate(spec))
        {
            Replace(document, spec);
            return;
        }

        EnsureNoConflicts(spec);
        foreach (var op in spec)
        {
            foreach (var field in op.Value.AsBsonDocument)
            {
                ApplyOperator(document, op.Name, field, isInsert);
            }
        }
    }

    public static bool IsOperatorUpdate(BsonDocument update) =>
        update.ElementCount > 0 && update.GetElement(0).Name.StartsWith('$');

    /// <summary>
    /// Rejects an operator update that touches one path twice, or a path and its parent (<c>$set a.b</c> with
    /// <c>$unset a</c>), across all its operators, with MongoDB's error, before anything is matched or changed.
    /// </summary>
    public static void EnsureNoConflicts(BsonValue update)
    {
        if (update is not BsonDocument spec || !IsOperatorUpdate(spec))
        {
            return;
        }

        var seen = new List<string>();
        foreach (var path in spec.Where(op => op.Value is BsonDocument).SelectMany(op => op.Value.AsBsonDocument.Names))
        {
            foreach (var earlier in seen)
            {
                var at = path == earlier || path.StartsWith(earlier + ".", StringComparison.Ordinal) ? earlier
                    : earlier.StartsWith(path + ".", StringComparison.Ordinal) ? path
                    : null;
                if (at is not null)
                {
                    throw new WireCommandException(40, "ConflictingUpdateOperators", $"Updating the path '{path}' would create a conflict at '{at}'");
                }
            }

            seen.Add(path);
        }
    }

    private static void ApplyOperator(BsonDocument document, string op, BsonElement field, bool isInsert)
    {
        if (field.Name == "_id" && document.TryGetValue("_id", out var id) && !BsonValueComparer.AreEqual(id, field.Value))
        {
            throw new WireCommandException(66, "ImmutableField", "Performing an update on the path '_id' would modify the immutable field '_id'");
        }

        switch (op)
        {
            case "$set":
                BsonPath.Set(document, field.Name, field.Value);
                break;
            case "$setOnInsert":
                if (isInsert)
                {
                    BsonPath.Set(document, field.Name, field.Value);
                }

                break;
            case "$unset":
                BsonPath.Remove(document, field.Name);
                break;
            case "$inc":
                BsonPath.Set(document, field.Name, Increment(BsonPath.Get(document, field.Name), field.Value, field.Name));
                break;
            default:
                throw WireCommandException.NotImplemented($"update operator '{op}'");
        }
    }

    private static BsonValue Increment(BsonValue? current, BsonValue by, string path)
    {
        if (!by.IsNumeric || (current is not null && !current.IsNumeric))
        {
            throw new WireCommandException(14, "TypeMismatch", $"Cannot apply $inc to a value of non-numeric type at '{path}'");
        }

        current ??= new BsonInt32(0);
        if (current.IsDouble || by.IsDouble)
        {
            return current.ToDouble() + by.ToDouble();
        }

        if (current.IsInt64 || by.IsInt64)
        {
            return current.ToInt64() + by.ToInt64();
        }

        var sum = (long)current.AsInt32 + by.AsInt32;
        return sum is > int.MaxValue or < int.MinValue ? new BsonInt64(sum) : new BsonInt32((int)sum);
    }

    private static void Replace(BsonDocument document, BsonDocument replacement)
    {
        var id = document.GetValue("_id", null);
        if (id is not null && replacement.TryGetValue("_id", out var newId) && !BsonValueComparer.AreEqual(id, newId))
        {
            throw new WireCommandException(66, "ImmutableField", "the (immutable) field '_id' was found to have been altered");
        }

        document.Clear();
        if (id is not null)
        {
            document["_id"] = id;
        }

        foreach (var element in replacement)
        {
            document[element.Name] = element.Value;
        }
    }
}
