using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary>
/// <c>findAndModify</c>: query, sort, update or remove, upsert, new, fields. Atomic because every command
/// runs under the storage gate, which is what makes lease claims race-free.
/// </summary>
public sealed class FindAndModifyHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["findAndModify", "findandmodify"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "query", "sort", "remove", "update", "new", "fields", "upsert", "bypassDocumentValidation");
        var collection = context.Storage.GetOrCreate(context.Database, CommandFields.CollectionName(command));
        var query = CommandFields.OptionalDocument(command, "query") ?? [];
        var fields = CommandFields.OptionalDocument(command, "fields");
        var returnNew = command.GetValue("new", false).ToBoolean();
        var existing = SortSpec.Apply(collection.Find(query), CommandFields.OptionalDocument(command, "sort")).FirstOrDefault();

        if (command.GetValue("remove", false).ToBoolean())
        {
            if (command.Contains("update") || command.Contains("upsert"))
            {
                throw new WireCommandException(9, "FailedToParse", "Cannot specify both an update and remove=true");
            }

            if (existing is not null)
            {
                collection.Remove(existing);
            }

            return Reply(existing, fields, new BsonDocument("n", existing is null ? 0 : 1));
        }

        var update = command.GetValue("update", null) ?? throw new WireCommandException(9, "FailedToParse", "Either an update or remove=true must be specified");
        UpdateApplier.EnsureNoConflicts(update);
        if (existing is not null)
        {
            var updated = existing.DeepClone().AsBsonDocument;
            UpdateApplier.Apply(updated, update, isInsert: false);
            collection.Replace(existing, updated);
            return Reply(returnNew ? updated : existing, fields, new BsonDocument { { "n", 1 }, { "updatedExisting", true } });
        }

        if (!command.GetValue("upsert", false).ToBoolean())
        {
            return Reply(null, fields, new BsonDocument { { "n", 0 }, { "updatedExisting", false } });
        }

        var inserted = collection.Insert(UpsertSeed.Build(query, update));
        return Reply(
            returnNew ? inserted : null,
            fields,
            new BsonDocument { { "n", 1 }, { "updatedExisting", false }, { "upserted", inserted["_id"] } });
    }

    private static BsonDocument Reply(BsonDocument? value, BsonDocument? fields, BsonDocument lastError) => new()
    {
        { "lastErrorObject", lastError },
        { "value", value is null ? BsonNull.Value : Projection.Apply(value, fields) },
    };
}
