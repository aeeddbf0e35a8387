using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>delete</c> with <c>q</c> and <c>limit</c> (0 = all matches, 1 = the first).</summary>
public sealed class DeleteHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["delete"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "deletes", "ordered");
        var collection = context.Storage.Find(context.Database, CommandFields.CollectionName(command));
        var n = 0;
        foreach (var statement in command["deletes"].AsBsonArray.Select(s => s.AsBsonDocument))
        {
            CommandFields.EnsureKnownStatement(statement, "delete", "q", "limit");
            if (collection is null)
            {
                continue;
            }

            var matches = collection.Find(statement["q"].AsBsonDocument).ToList();
            if (statement.GetValue("limit", 0).ToInt32() == 1)
            {
                matches = [.. matches.Take(1)];
            }

            foreach (var document in matches)
            {
                collection.Remove(document);
                n++;
            }
        }

        return new BsonDocument("n", n);
    }
}
