using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>insert</c>: ordered stops at the first write error, unordered reports every one.</summary>
public sealed class InsertHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["insert"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "documents", "ordered", "bypassDocumentValidation");
        var collection = context.Storage.GetOrCreate(context.Database, CommandFields.CollectionName(command));
        var ordered = command.GetValue("ordered", true).ToBoolean();
        var errors = new WriteErrors();
        var n = 0;
        var documents = command["documents"].AsBsonArray;
        for (var i = 0; i < documents.Count; i++)
        {
            try
            {
                collection.Insert(documents[i].AsBsonDocument);
                n++;
            }
            catch (WireCommandException ex)
            {
                errors.Add(i, ex);
                if (ordered)
                {
                    break;
                }
            }
        }

        return errors.AppendTo(new BsonDocument("n", n));
    }
}
