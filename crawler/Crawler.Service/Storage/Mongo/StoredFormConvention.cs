using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Crawler.Storage.Mongo;

/// <summary>
/// The stored form of the values the model records carry: a time as a BSON date (UTC, milliseconds) rather than
/// the driver's default array of ticks and offset, and an enum as its lower-case word; nullable ones alike.
/// </summary>
internal sealed class StoredFormConvention : ConventionBase, IMemberMapConvention
{
    public void Apply(BsonMemberMap memberMap)
    {
        var type = memberMap.MemberType;
        var value = Nullable.GetUnderlyingType(type) ?? type;
        var serializer = value == typeof(DateTimeOffset) ? new DateTimeOffsetSerializer(BsonType.DateTime)
            : value.IsEnum ? (IBsonSerializer?)Activator.CreateInstance(typeof(LowerCaseEnumSerializer<>).MakeGenericType(value))
            : null;
        if (serializer is null) return;
        memberMap.SetSerializer(value == type
            ? serializer
            : (IBsonSerializer)Activator.CreateInstance(typeof(NullableSerializer<>).MakeGenericType(value), serializer)!);
    }
}
