using Crawler.MongoWire.Engine;
using MongoDB.Bson;

namespace Crawler.MongoWire.Commands;

/// <summary><c>update</c> with <c>q</c>, <c>u</c>, <c>upsert</c> and <c>multi</c> per statement.</summary>
public sealed class UpdateHandler : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["update"];

    public BsonDocument Handle(CommandContext context, BsonDocument command)
    {
        CommandFields.EnsureKnown(command, "updates", "ordered", "bypassDocumentValidation");
        var collection = context.Storage.GetOrCreate(context.Database, CommandFields.CollectionName(command));
        var ordered = command.GetValue("ordered", true).ToBoolean();
        var errors = new WriteErrors();
        var upserted = new BsonArray();
        int n = 0, modified = 0;
        var statements = command["updates"].AsBsonArray;
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i].AsBsonDocument;
            CommandFields.EnsureKnownStatement(statement, "update", "q", "u", "upsert", "multi");
            try
            {
                var (matched, changed, upsertedId) = Apply(collection, statement);
                n += matched;
                modified += changed;
                if (upsertedId is not null)
                {
                    upserted.Add(new BsonDocument { { "index", i }, { "_id", upsertedId } });
                }
            }
            catch (WireCommandException ex) when (ex.Code != 115)
            {
                errors.Add(i, ex);
                if (ordered)
                {
                    break;
                }
            }
        }

        var reply = new BsonDocument { { "n", n }, { "nModified", modified } };
        if (upserted.Count > 0)
        {
            reply["upserted"] = upserted;
        }

        return errors.AppendTo(reply);
    }

    private static (int Matched, int Modified, BsonValue? UpsertedId) Apply(WireCollection collection, BsonDocument statement)
    {
        var filter = statement["q"].AsBsonDocument;
        var update = statement["u"];
        var multi = statement.GetValue("multi", false).ToBoolean();
        if (multi && update is BsonDocument replacement && !UpdateApplier.IsOperatorUpdate(replacement))
        {
            throw new WireCommandException(9, "FailedToParse", "multi update is not supported for replacement-style update");
        }

        UpdateApplier.EnsureNoConflicts(update);
        var matches = collection.Find(filter).ToList();
        if (!multi)
        {
            matches = [.. matches.Take(1)];
        }

        if (matches.Count == 0 && statement.GetValue("upsert", false).ToBoolean())
        {
            var inserted = collection.Insert(UpsertSeed.Build(filter, update));
            return (1, 0, inserted["_id"]);
        }

        var modified = 0;
        foreach (var existing in matches)
        {
            var updated = existing.DeepClone().AsBsonDocument;
            UpdateApplier.Apply(updated, update, isInsert: false);
            if (!updated.Equals(existing))
            {
                collection.Replace(existing, updated);
                modified++;
            }
        }

        return (matches.Count, modified, null);
    }
}
