using Crawler.Analysis;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Alerts;

/// <summary>A sink's filter, prepared once from <see cref="AlertFilterOptions"/>.</summary>
public sealed class AlertFilter
{
    private readonly HashSet<string> _companies;
    private readonly HashSet<string> _sources;
    private readonly HashSet<string> _cities;
    private readonly HashSet<string> _areaTags;
    private readonly AlertFilterOptions _options;

    public AlertFilter(AlertFilterOptions options)
    {
        _options = options;
        Kinds = options.Kinds.Count > 0 ? [.. options.Kinds.Distinct()] : [ChangeKind.Appeared];
        _companies = new HashSet<string>(options.Companies.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        _sources = new HashSet<string>(options.Sources.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        // The store's own normalizer, so a filter for Beijing matches what the derived fields call Beijing (海淀区 too).
        _cities = new HashSet<string>(CityNormalizer.Normalize(options.Cities), StringComparer.OrdinalIgnoreCase);
        _areaTags = new HashSet<string>(options.AreaTags.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The kinds this sink reads from the log.</summary>
    public IReadOnlyList<ChangeKind> Kinds { get; }

    /// <summary>Whether matching needs the stored posting (track, area tags, description and requirement text).</summary>
    public bool NeedsPosting => _options.Tracks.Count > 0 || _areaTags.Count > 0 || _options.Keywords.Count > 0;

    /// <summary>Whether the event (with its posting when <see cref="NeedsPosting"/>) matches every non-empty condition.</summary>
    public bool Matches(ChangeEvent change, StoredPosting? posting)
    {
        if (!Kinds.Contains(change.Kind)) return false;
        if (_companies.Count > 0 && !_companies.Contains(change.Company)) return false;
        if (_sources.Count > 0 && !_sources.Contains(change.SourceId)) return false;
        if (_cities.Count > 0 && !CityNormalizer.Normalize(CitiesOf(change, posting)).Any(_cities.Contains)) return false;
        if (_options.Tracks.Count > 0 && (posting is null || !_options.Tracks.Contains(posting.Posting.Track))) return false;
        if (_areaTags.Count > 0 && !(posting?.Derived?.AreaTags ?? []).Any(_areaTags.Contains)) return false;
        return _options.Keywords.Count == 0 || _options.Keywords.Any(k => ContainsKeyword(change, posting, k));
    }

    private static IEnumerable<string> CitiesOf(ChangeEvent change, StoredPosting? posting) =>
        change.Cities.Concat(posting?.Derived?.Cities ?? []);

    private static bool ContainsKeyword(ChangeEvent change, StoredPosting? posting, string keyword)
    {
        var word = keyword.Trim();
        if (word.Length == 0) return false;
        return Contains(change.Title, word) || Contains(posting?.Posting.Description, word) || Contains(posting?.Posting.Requirement, word);
    }

    private static bool Contains(string? text, string word) =>
        text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
