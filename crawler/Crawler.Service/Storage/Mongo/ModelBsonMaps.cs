using Crawler.Model;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Maps the model records straight onto their documents, so no document class repeats a record field by field:
/// element names are the property names in camel case (what SCHEMA.md lists), times are BSON dates, enums lower-case
/// words (<see cref="StoredFormConvention"/>), elements a record does not name (<c>raw</c>, <c>progress</c>, a
/// composite <c>_id</c>) are left to the document. Only the few names that differ are said here.
/// </summary>
internal static class ModelBsonMaps
{
    private static readonly HashSet<Type> Mapped =
    [
        typeof(PostingFields), typeof(ObservedPosting), typeof(DerivedFields), typeof(StoredPosting), typeof(PostingVersion),
        typeof(RunRecord), typeof(CompletenessEvidence), typeof(ChangeEvent), typeof(FieldChange), typeof(SourceState),
        typeof(AlertCursor), typeof(DeadLetter),
    ];

    private static readonly Lazy<bool> Registered = new(RegisterAll, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the maps once per process; every store calls it before it reads or writes.</summary>
    public static void Register() => _ = Registered.Value;

    private static bool RegisterAll()
    {
        var pack = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreExtraElementsConvention(true),
            new StoredFormConvention(),
            new RecordDefaultsConvention(),
        };
        ConventionRegistry.Register("crawler-model", pack, Mapped.Contains);
        // The other records need nothing said: the driver maps each by the conventions above when it first meets it.
        BsonClassMap.RegisterClassMap<StoredPosting>(map =>
        {
            map.AutoMap();
            map.MapIdMember(p => p.Key);
            // The observed fields are flattened into the posting's document (what analysts filter on): PostingDocuments.
            map.UnmapMember(p => p.Posting);
        });
        BsonClassMap.RegisterClassMap<CompletenessEvidence>(map =>
        {
            map.AutoMap();
            // Derived, stored so analysts can filter complete runs without re-implementing the rule; never read back.
            map.MapProperty(e => e.IsComplete).SetElementName("isComplete");
        });
        BsonClassMap.RegisterClassMap<ChangeEvent>(map =>
        {
            map.AutoMap();
            map.GetMemberMap(e => e.Sequence).SetElementName("seq");
        });
        BsonClassMap.RegisterClassMap<SourceState>(map =>
        {
            map.AutoMap();
            map.MapIdMember(s => s.SourceId);
        });
        BsonClassMap.RegisterClassMap<AlertCursor>(map =>
        {
            map.AutoMap();
            map.MapIdMember(c => c.Sink);
        });
        return true;
    }
}
