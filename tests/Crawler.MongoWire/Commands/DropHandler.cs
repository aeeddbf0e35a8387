using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>drop</c>; dropping a missing collection succeeds, as on MongoDB 7.0.</summary>
public sealed class DropHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["drop"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command);
        var name = CommandFields.CollectionName(command);
        var indexes = context.Storage.Find(context.Database, name)?.Indexes.Count ?? 0;
        context.Storage.Drop(context.Database, name);
        return new BsonDocument { { "ns", $"{context.Database}.{name}" }, { "nIndexesWas", indexes } };
    }
}
