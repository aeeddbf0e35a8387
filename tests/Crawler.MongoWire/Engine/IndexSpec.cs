using MongoDB.Bson;

namespace Crawler.MongoWire.Engine;

/// <summary>An index as <c>createIndexes</c> declared it; only uniqueness changes behaviour here.</summary>
public sealed record IndexSpec(string Name, BsonDocument Key, bool Unique)
{
    public static readonly IndexSpec Id = new("_id_", new BsonDocument("_id", 1), Unique: true);

    /// <summary>The indexed values of a document; a missing field indexes as null, as in MongoDB.</summary>
    public BsonArray KeyOf(BsonDocument document)
    {
        var values = new BsonArray();
        foreach (var field in Key.Names)
        {
            var value = BsonPath.Get(document, field);
            if (value is BsonArray && Unique)
            {
                throw WireCommandException.NotImplemented($"unique multikey index '{Name}'");
            }

            values.Add(value ?? BsonNull.Value);
        }

        return values;
    }

    public BsonDocument Describe()
    {
        var description = new BsonDocument { { "v", 2 }, { "key", Key }, { "name", Name } };
        if (Unique && Name != "_id_")
        {
            description["unique"] = true;
        }

        return description;
    }
}
