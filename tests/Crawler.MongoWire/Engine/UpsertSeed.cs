using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>Builds the document an upsert inserts: the equality fields of the filter, then the update.</summary>
public static class UpsertSeed
{
    public static BsonDocument Build(BsonDocument filter, BsonValue update)
    {
        var seed = new BsonDocument();
        CollectEqualities(filter, seed);
        if (update is BsonDocument replacement && !UpdateApplier.IsOperatorUpdate(replacement))
        {
            var id = seed.GetValue("_id", null);
            seed = replacement.DeepClone().AsBsonDocument;
            if (id is not null && !seed.Contains("_id"))
            {
                seed.InsertAt(0, new BsonElement("_id", id));
            }
        }
        else
        {
            UpdateApplier.Apply(seed, update, isInsert: true);
        }

        if (!seed.Contains("_id"))
        {
            seed.InsertAt(0, new BsonElement("_id", ObjectId.GenerateNewId()));
        }

        return seed;
    }

    private static void CollectEqualities(BsonDocument filter, BsonDocument seed)
    {
        foreach (var element in filter)
        {
            if (element.Name == "$and")
            {
                foreach (var clause in element.Value.AsBsonArray)
                {
                    CollectEqualities(clause.AsBsonDocument, seed);
                }
            }
            else if (element.Name == "$or" && element.Value.AsBsonArray.Count == 1)
            {
                CollectEqualities(element.Value.AsBsonArray[0].AsBsonDocument, seed);
            }
            else if (!element.Name.StartsWith('$'))
            {
                if (element.Value is BsonDocument ops && ops.ElementCount > 0 && ops.GetElement(0).Name.StartsWith('$'))
                {
                    if (ops.TryGetValue("$eq", out var eq))
                    {
                        BsonPath.Set(seed, element.Name, eq);
                    }
                }
                else
                {
                    BsonPath.Set(seed, element.Name, element.Value);
                }
            }
        }
    }
}
