using Crawler.Model;
using MongoDB.Bson;

namespace Crawler.Storage.Mongo;

/// <summary>
/// A posting's business fields as BSON, written once for both places that hold them: flattened at the top level of a
/// <c>postings</c> document (what analysts filter on) and as the <c>fields</c> sub-document of a <c>postingVersions</c> one.
/// </summary>
internal static class PostingFieldsDocuments
{
    public static IEnumerable<BsonElement> Elements(PostingFields fields)
    {
        yield return new BsonElement("title", fields.Title);
        yield return new BsonElement("description", BsonFields.Text(fields.Description));
        yield return new BsonElement("requirement", BsonFields.Text(fields.Requirement));
        yield return new BsonElement("cities", BsonFields.Strings(fields.Cities));
        yield return new BsonElement("category", BsonFields.Text(fields.Category));
        yield return new BsonElement("track", BsonFields.Enum(fields.Track));
        yield return new BsonElement("recruitType", BsonFields.Text(fields.RecruitType));
        yield return new BsonElement("url", BsonFields.Text(fields.Url));
        yield return new BsonElement("publishedAt", BsonFields.Date(fields.PublishedAt));
        yield return new BsonElement("portalStatus", BsonFields.Text(fields.PortalStatus));
    }

    public static PostingFields Read(BsonDocument document) => new()
    {
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
    };
}
