using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>count</c> (what EstimatedDocumentCount sends): query, skip, limit.</summary>
public sealed class CountHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["count"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "query", "skip", "limit");
        var collection = context.Storage.Find(context.Database, CommandFields.CollectionName(command));
        var matches = collection?.Find(CommandFields.OptionalDocument(command, "query")).Count() ?? 0;
        matches = Math.Max(0, matches - (CommandFields.OptionalInt(command, "skip") ?? 0));
        var limit = Math.Abs(CommandFields.OptionalInt(command, "limit") ?? 0);
        return new BsonDocument("n", limit > 0 ? Math.Min(limit, matches) : matches);
    }
}
