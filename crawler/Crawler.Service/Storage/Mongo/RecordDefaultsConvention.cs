using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;

namespace Crawler.Storage.Mongo;

/// <summary>
/// A field missing from a stored document (one written before the field existed) reads as the record's own
/// initial value (an empty list, <c>"none"</c>), not as null: the record's initializers stay the one statement of
/// its defaults.
/// </summary>
internal sealed class RecordDefaultsConvention : ConventionBase, IMemberMapConvention
{
    public void Apply(BsonMemberMap memberMap)
    {
        var prototype = Activator.CreateInstance(memberMap.ClassMap.ClassType)!;
        memberMap.SetDefaultValue(memberMap.Getter(prototype));
    }
}
