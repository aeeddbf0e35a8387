using Crawler.Model;
using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The <c>postings</c> collection: <c>_id</c> = posting key, the observed fields flattened at the top level
/// (what analysts filter on), lifecycle fields, <c>derived</c> and the raw payload twice (see <see cref="RawPayload"/>).
/// </summary>
internal static class PostingDocuments
{
    public static BsonDocument Write(StoredPosting stored)
    {
        var posting = stored.Posting;
        var document = new BsonDocument
        {
            { "_id", stored.Key },
            { "sourceId", stored.SourceId },
            { "portalId", posting.PortalId },
            { "company", stored.Company },
        };
        document.AddRange(PostingFieldsDocuments.Elements(PostingFields.From(posting)));
        document.AddRange(new BsonDocument
        {
            { "detailReadAt", BsonFields.Date(posting.DetailReadAt) },
            { "status", BsonFields.Enum(stored.Status) },
            { "firstSeen", BsonFields.Date(stored.FirstSeen) },
            { "lastSeen", BsonFields.Date(stored.LastSeen) },
            { "missCount", stored.MissCount },
            { "contentHash", stored.ContentHash },
            { "payloadHash", stored.PayloadHash },
            { "snapshotId", BsonFields.Text(stored.SnapshotId) },
            { "snapshotAt", BsonFields.Date(stored.SnapshotAt) },
            { "eventCount", stored.EventCount },
            { "detailFailures", stored.DetailFailures },
            { "detailFailedAt", BsonFields.Date(stored.DetailFailedAt) },
            { "detailError", BsonFields.Text(stored.DetailError) },
            { "version", stored.Version },
            { "versionFrom", BsonFields.Date(stored.VersionFrom) },
            { "derived", stored.Derived is { } derived ? WriteDerived(derived) : BsonNull.Value },
            { "rawJson", posting.RawJson },
        });
        if (RawPayload.TryParse(posting.RawJson) is { } raw)
        {
            document["raw"] = raw;
        }

        return document;
    }

    public static StoredPosting Read(BsonDocument document) => new()
    {
        Key = document["_id"].AsString,
        SourceId = document["sourceId"].AsString,
        Company = document["company"].AsString,
        Posting = Observed(document["portalId"].AsString, PostingFieldsDocuments.Read(document), BsonFields.ReadNullableDate(document, "detailReadAt"), document["rawJson"].AsString),
        Status = BsonFields.ReadEnum<PostingStatus>(document, "status"),
        FirstSeen = BsonFields.ReadDate(document, "firstSeen"),
        LastSeen = BsonFields.ReadDate(document, "lastSeen"),
        MissCount = BsonFields.ReadInt(document, "missCount"),
        ContentHash = document["contentHash"].AsString,
        PayloadHash = document["payloadHash"].AsString,
        SnapshotId = BsonFields.ReadText(document, "snapshotId"),
        SnapshotAt = BsonFields.ReadNullableDate(document, "snapshotAt"),
        EventCount = BsonFields.ReadInt(document, "eventCount"),
        DetailFailures = BsonFields.ReadInt(document, "detailFailures"),
        DetailFailedAt = BsonFields.ReadNullableDate(document, "detailFailedAt"),
        DetailError = BsonFields.ReadText(document, "detailError"),
        Version = BsonFields.ReadInt(document, "version"),
        VersionFrom = BsonFields.ReadNullableDate(document, "versionFrom"),
        Derived = document.TryGetValue("derived", out var derived) && derived is BsonDocument d ? ReadDerived(d) : null,
    };

    private static ObservedPosting Observed(string portalId, PostingFields fields, DateTimeOffset? detailReadAt, string rawJson) => new()
    {
        PortalId = portalId, Title = fields.Title, Description = fields.Description, Requirement = fields.Requirement, Cities = fields.Cities,
        Category = fields.Category, Track = fields.Track, RecruitType = fields.RecruitType, Url = fields.Url, PublishedAt = fields.PublishedAt,
        PortalStatus = fields.PortalStatus, DetailReadAt = detailReadAt, RawJson = rawJson,
    };

    private static BsonDocument WriteDerived(DerivedFields derived) => new()
    {
        { "minYearsExperience", derived.MinYearsExperience is { } years ? years : BsonNull.Value },
        { "isCampus", derived.IsCampus },
        { "cities", BsonFields.Strings(derived.Cities) },
        { "areaTags", BsonFields.Strings(derived.AreaTags) },
        { "goToMarket", derived.GoToMarket },
        { "rulesVersion", derived.RulesVersion },
    };

    private static DerivedFields ReadDerived(BsonDocument document) => new()
    {
        MinYearsExperience = document.TryGetValue("minYearsExperience", out var years) && !years.IsBsonNull ? years.ToDouble() : null,
        IsCampus = BsonFields.ReadBool(document, "isCampus"),
        Cities = BsonFields.ReadStrings(document, "cities"),
        AreaTags = BsonFields.ReadStrings(document, "areaTags"),
        GoToMarket = BsonFields.ReadText(document, "goToMarket") ?? "none",
        RulesVersion = BsonFields.ReadInt(document, "rulesVersion"),
    };
}
