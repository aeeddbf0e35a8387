using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace Crawler.Storage.Mongo;

/// <summary>An enum as the lower-case word analysts read and query (<c>"complete"</c>, <c>"appeared"</c>); read back case-blind.</summary>
internal sealed class LowerCaseEnumSerializer<TEnum> : StructSerializerBase<TEnum>
    where TEnum : struct, Enum
{
    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, TEnum value) =>
        context.Writer.WriteString(value.ToString().ToLowerInvariant());

    public override TEnum Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args) =>
        Enum.Parse<TEnum>(context.Reader.ReadString(), ignoreCase: true);
}
