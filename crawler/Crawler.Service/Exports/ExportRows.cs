using Crawler.Changes;
using Crawler.Storage;

namespace Crawler.Exports;

/// <summary>
/// The rows of <c>crawler export</c>: one per posting (every source, active and gone, current version), or
/// one per event, each with the columns analysts filter on; column names follow the SQLite schema.
/// </summary>
public static class ExportRows
{
    public static ExportRow Posting(StoredPosting stored)
    {
        var p = stored.Posting;
        var d = stored.Derived;
        return new ExportRow(
        [
            new("key", stored.Key),
            new("source_id", stored.SourceId),
            new("company", stored.Company),
            new("portal_id", p.PortalId),
            new("title", p.Title),
            new("status", stored.Status.ToString().ToLowerInvariant()),
            new("track", p.Track.ToString().ToLowerInvariant()),
            new("recruit_type", p.RecruitType),
            new("category", p.Category),
            new("cities", p.Cities),
            new("derived_cities", d?.Cities),
            new("min_years_experience", d?.MinYearsExperience),
            new("is_campus", d?.IsCampus),
            new("area_tags", d?.AreaTags),
            new("go_to_market", d?.GoToMarket),
            new("published_at", p.PublishedAt),
            new("first_seen", stored.FirstSeen),
            new("last_seen", stored.LastSeen),
            new("version", stored.Version),
            new("url", p.Url),
            new("description", p.Description),
            new("requirement", p.Requirement),
        ]);
    }

    public static ExportRow Event(ChangeEvent change) => new(
    [
        new("sequence", change.Sequence),
        new("id", change.Id),
        new("kind", change.Kind.ToString().ToLowerInvariant()),
        new("created_at", change.CreatedAt),
        new("posting_key", change.PostingKey),
        new("source_id", change.SourceId),
        new("company", change.Company),
        new("title", change.Title),
        new("cities", change.Cities),
        new("url", change.Url),
        new("run_id", change.RunId),
        new("changed_fields", change.ChangedFields),
        new("changes", FieldChangeText.Lines(change.Changes)),
    ]);
}
