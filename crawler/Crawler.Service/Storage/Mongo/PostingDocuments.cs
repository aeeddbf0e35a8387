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
            { "title", posting.Title },
            { "description", BsonFields.Text(posting.Description) },
            { "requirement", BsonFields.Text(posting.Requirement) },
            { "cities", BsonFields.Strings(posting.Cities) },
            { "category", BsonFields.Text(posting.Category) },
            { "track", BsonFields.Enum(posting.Track) },
            { "recruitType", BsonFields.Text(posting.RecruitType) },
            { "url", BsonFields.Text(posting.Url) },
            { "publishedAt", BsonFields.Date(posting.PublishedAt) },
            { "portalStatus", BsonFields.Text(posting.PortalStatus) },
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
        };
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
        Posting = new ObservedPosting
        {
            PortalId = document["portalId"].AsString,
            Title = document["title"].AsString,
            Description = BsonFields.ReadText(document, "description"),
            Requirement = BsonFields.ReadText(document, "requirement"),
            Cities = BsonFields.ReadStrings(document, "cities"),
            Category = BsonFields.ReadText(document, "category"),
            Track = BsonFields.ReadEnum<RecruitTrack>(document, "track"),
            RecruitType = BsonFields.ReadText(document, "recruitType"),
            Url = BsonFields.ReadText(document, "url"),
            PublishedAt = BsonFields.ReadNullableDate(document, "publishedAt"),
            PortalStatus = BsonFields.ReadText(document, "portalStatus"),
            DetailReadAt = BsonFields.ReadNullableDate(document, "detailReadAt"),
            RawJson = document["rawJson"].AsString,
        },
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
