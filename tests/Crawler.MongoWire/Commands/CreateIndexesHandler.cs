using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>createIndexes</c>: key, name, unique. A unique index is enforced on later writes.</summary>
public sealed class CreateIndexesHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["createIndexes"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "indexes", "commitQuorum");
        var name = CommandFields.CollectionName(command);
        var created = context.Storage.Find(context.Database, name) is null;
        var collection = context.Storage.GetOrCreate(context.Database, name);
        var before = collection.Indexes.Count;
        foreach (var spec in command["indexes"].AsBsonArray.Select(i => i.AsBsonDocument))
        {
            CommandFields.EnsureKnownStatement(spec, "createIndexes", "key", "name", "unique", "background", "v");
            collection.AddIndex(new IndexSpec(spec["name"].AsString, spec["key"].AsBsonDocument, spec.GetValue("unique", false).ToBoolean()));
        }

        var reply = new BsonDocument
        {
            { "createdCollectionAutomatically", created },
            { "numIndexesBefore", before },
            { "numIndexesAfter", collection.Indexes.Count },
        };
        if (before == collection.Indexes.Count)
        {
            reply["note"] = "all indexes already exist";
        }

        return reply;
    }
}
