using Crawler.Changes;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Exports;

/// <summary>
/// The rows of <c>crawler export</c>: one per posting (every source, active and gone, current version), or
/// one per event, each with the columns analysts filter on; column names follow the SQLite schema.
/// </summary>
public static class ExportRows
{
    public static readonly IReadOnlyList<string> PostingColumns =
    [
        "key",
        "source_id",
        "company",
        "portal_id",
        "title",
        "status",
        "track",
        "recruit_type",
        "category",
        "cities",
        "derived_cities",
        "min_years_experience",
        "is_campus",
        "area_tags",
        "go_to_market",
        "published_at",
        "first_seen",
        "last_seen",
        "version",
        "url",
        "description",
        "requirement",
    ];

    public static readonly IReadOnlyList<string> EventColumns =
    [
        "sequence",
        "id",
        "kind",
        "created_at",
        "posting_key",
        "source_id",
        "company",
        "title",
        "cities",
        "url",
        "run_id",
        "changed_fields",
        "changes",
    ];

    /// <summary>A posting's values in the order of <see cref="PostingColumns"/>.</summary>
    public static ExportRow Posting(StoredPosting stored)
    {
        var p = stored.Posting;
        var d = stored.Derived;
        return new ExportRow(
        [
            stored.Key,
            stored.SourceId,
            stored.Company,
            p.PortalId,
            p.Title,
            stored.Status.ToString().ToLowerInvariant(),
            p.Track.ToString().ToLowerInvariant(),
            p.RecruitType,
            p.Category,
            p.Cities,
            d?.Cities,
            d?.MinYearsExperience,
            d?.IsCampus,
            d?.AreaTags,
            d?.GoToMarket,
            p.PublishedAt,
            stored.FirstSeen,
            stored.LastSeen,
            stored.Version,
            p.Url,
            p.Description,
            p.Requirement,
        ]);
    }

    /// <summary>An event's values in the order of <see cref="EventColumns"/>.</summary>
    public static ExportRow Event(ChangeEvent change) => new(
    [
        change.Sequence,
        change.Id,
        change.Kind.ToString().ToLowerInvariant(),
        change.CreatedAt,
        change.PostingKey,
        change.SourceId,
        change.Company,
        change.Title,
        change.Cities,
        change.Url,
        change.RunId,
        change.ChangedFields,
        FieldChangeText.Lines(change.Changes),
    ]);
}
