using Crawler.Model;
using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>events</c> collection: <c>_id</c> = the deterministic event id, <c>seq</c> (long, unique, rising),
/// kind ("appeared", ...), postingKey, sourceId, company, title, cities, url, runId, changedFields, createdAt, changes[{field old new diff[]}].
/// </summary>
internal static class EventDocuments
{
    public static BsonDocument Write(ChangeEvent change, long sequence) => new()
    {
        { "_id", change.Id },
        { "seq", sequence },
        { "kind", BsonFields.Enum(change.Kind) },
        { "postingKey", change.PostingKey },
        { "sourceId", change.SourceId },
        { "company", change.Company },
        { "title", change.Title },
        { "cities", BsonFields.Strings(change.Cities) },
        { "url", BsonFields.Text(change.Url) },
        { "runId", change.RunId },
        { "changedFields", BsonFields.Strings(change.ChangedFields) },
        { "createdAt", BsonFields.Date(change.CreatedAt) },
        { "changes", new BsonArray(change.Changes.Select(WriteChange)) },
    };

    public static ChangeEvent Read(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        Sequence = document["seq"].ToInt64(),
        Kind = BsonFields.ReadEnum<ChangeKind>(document, "kind"),
        PostingKey = document["postingKey"].AsString,
        SourceId = document["sourceId"].AsString,
        Company = document["company"].AsString,
        Title = document["title"].AsString,
        Cities = BsonFields.ReadStrings(document, "cities"),
        Url = BsonFields.ReadText(document, "url"),
        RunId = document["runId"].AsString,
        ChangedFields = BsonFields.ReadStrings(document, "changedFields"),
        CreatedAt = BsonFields.ReadDate(document, "createdAt"),
        Changes = document.TryGetValue("changes", out var changes) && changes is BsonArray array
            ? [.. array.Select(c => ReadChange(c.AsBsonDocument))]
            : [],
    };

    private static BsonDocument WriteChange(FieldChange change) => new()
    {
        { "field", change.Field },
        { "old", change.Old },
        { "new", change.New },
        { "diff", BsonFields.Strings(change.Diff) },
    };

    private static FieldChange ReadChange(BsonDocument document) => new()
    {
        Field = document["field"].AsString,
        Old = BsonFields.ReadText(document, "old") ?? "",
        New = BsonFields.ReadText(document, "new") ?? "",
        Diff = BsonFields.ReadStrings(document, "diff"),
    };
}
