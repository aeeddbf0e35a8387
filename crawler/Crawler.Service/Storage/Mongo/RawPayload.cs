using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The raw payload is kept twice on a posting. <c>raw</c> is the payload parsed into BSON so analysts can
/// query it (<c>db.postings.find({"raw.city_list.name": "北京"})</c>); <c>rawJson</c> is the string exactly as the
/// portal sent it, and the only one read back. Parsing cannot round-trip verbatim: spacing, escapes, number
/// spellings (<c>1.50</c>), integers beyond 2^53 and duplicate keys are lost, and JSON keys such as
/// <c>$date</c> would be read as extended JSON. <c>raw</c> is omitted when the payload is not valid JSON
/// or has keys MongoDB treats specially, so a strange payload never fails a commit.
/// </summary>
internal static class RawPayload
{
    public static BsonValue? TryParse(string json)
    {
        try
        {
            using var reader = new JsonReader(json);
            var context = BsonDeserializationContext.CreateRoot(reader);
            var value = BsonValueSerializer.Instance.Deserialize(context);
            return reader.IsAtEndOfFile() && IsStorable(value) ? value : null;
        }
        catch (Exception ex) when (ex is FormatException or BsonException or InvalidOperationException or EndOfStreamException)
        {
            return null;
        }
    }

    private static bool IsStorable(BsonValue value) => value switch
    {
        BsonDocument document => document.All(e => !e.Name.StartsWith('$') && !e.Name.Contains('\0', StringComparison.Ordinal) && IsStorable(e.Value)),
        BsonArray array => array.All(IsStorable),
        _ => true,
    };
}
