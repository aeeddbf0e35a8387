using Crawler.Model;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// Builds the <see cref="StudyReport"/> from stored postings. Pure: no store, no clock, no I/O beyond
/// loading the default area rules when <see cref="ReportOptions.Calculator"/> is not given.
/// </summary>
public static class StudyReportBuilder
{
    /// <summary>Name of the row that aggregates all firms in <see cref="StudyReport.Experience"/>.</summary>
    public const string AllFirms = "All firms";

    private static readonly string[] BigThree = ["Beijing", "Hangzhou", "Shanghai"];

    /// <summary>Builds the report over the postings <paramref name="options"/> selects.</summary>
    public static StudyReport Build(IEnumerable<StoredPosting> postings, ReportOptions options)
    {
        var calculator = options.Calculator ?? DerivedFieldsCalculator.CreateDefault();
        var all = postings as IReadOnlyCollection<StoredPosting> ?? postings.ToList();
        var entries = all
            .Where(p => Selected(p, options))
            .Select(p => new ReportEntry(p, p.Derived ?? calculator.Compute(p.Posting)))
            .ToList();

        var byFirm = entries.GroupBy(e => e.Firm, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var firms = byFirm.Select(g => g.Key).ToList();

        return new StudyReport
        {
            AsOf = options.AsOf,
            RulesVersion = calculator.RulesVersion,
            AreaThreshold = options.AreaThreshold,
            TotalPostings = entries.Count,
            Firms = firms,
            PostingsByFirm = byFirm.Select(g => new FirmCount(g.Key, g.Count())).ToList(),
            Areas = BuildAreas(entries, firms, calculator.Rules, options),
            GoToMarket = byFirm.Select(g => BuildGoToMarket(g.Key, g.ToList())).ToList(),
            Cities = BuildCities(entries, options.TopCities),
            Experience = byFirm.Select(g => BuildExperience(g.Key, g.ToList())).Append(BuildExperience(AllFirms, entries)).ToList(),
            Campus = BuildCampus(entries),
            Weeks = TimelineBuilder.Build(all, firms, options.AsOf, options.Weeks),
        };
    }

    private static bool Selected(StoredPosting posting, ReportOptions options)
    {
        if (options.AsOf is { } asOf)
        {
            return posting.FirstSeen <= asOf && (posting.Status == PostingStatus.Active || posting.LastSeen >= asOf);
        }

        return !options.ActiveOnly || posting.Status == PostingStatus.Active;
    }

    private static List<AreaRow> BuildAreas(List<ReportEntry> entries, List<string> firms, AreaRules rules, ReportOptions options)
    {
        var areas = rules.Areas.Select(a => (a.Tag, a.Name)).ToList();
        var unknownTags = entries.SelectMany(e => e.Derived.AreaTags)
            .Where(t => areas.All(a => a.Tag != t))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        areas.AddRange(unknownTags.Select(t => (t, t)));

        return areas.Select(area =>
        {
            var cells = firms.Select(firm =>
            {
                var tagged = entries.Where(e => e.Firm == firm && e.Derived.AreaTags.Contains(area.Tag)).ToList();
                var present = tagged.Count >= options.AreaThreshold && tagged.Count > 0;
                var examples = present
                    ? tagged.OrderByDescending(e => e.Stored.FirstSeen).ThenBy(e => e.Stored.Key, StringComparer.Ordinal).Take(options.ExamplesPerCell)
                        .Select(e => new AreaExample(e.Stored.Key, e.Stored.Posting.Title, e.Stored.Posting.Url)).ToList()
                    : [];
                return new AreaCell(firm, tagged.Count, present) { Examples = examples };
            }).ToList();
            return new AreaRow(area.Tag, area.Name, cells.Sum(c => c.Count), cells);
        }).ToList();
    }

    private static GoToMarketRow BuildGoToMarket(string firm, List<ReportEntry> entries)
    {
        int Count(string gtm) => entries.Count(e => e.Derived.GoToMarket == gtm);
        var sales = Count(Analysis.GoToMarket.B2BSales);
        var marketing = Count(Analysis.GoToMarket.Marketing);
        var other = Count(Analysis.GoToMarket.OtherGtm);
        return new GoToMarketRow(firm, sales, marketing, other, entries.Count - sales - marketing - other, Ratio(sales, sales + marketing));
    }

    private static CityDistribution BuildCities(List<ReportEntry> entries, int top)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var withCity = entries.Where(e => e.Derived.Cities.Count > 0).ToList();
        foreach (var entry in withCity)
        {
            var cities = entry.Derived.Cities.Distinct(StringComparer.Ordinal).ToList();
            foreach (var city in cities)
            {
                weights[city] = weights.GetValueOrDefault(city) + (1.0 / cities.Count);
            }
        }

        var n = withCity.Count;
        var ranked = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var shown = ranked.Take(Math.Max(0, top)).Select(kv => new CityShare(kv.Key, kv.Value, kv.Value / n)).ToList();
        var rest = ranked.Skip(Math.Max(0, top)).Sum(kv => kv.Value);
        if (rest > 0)
        {
            shown.Add(new CityShare("Other", rest, rest / n));
        }

        var bigThree = BigThree.Sum(c => weights.GetValueOrDefault(c));
        var beijing = withCity.Count(e => e.Derived.Cities.Contains("Beijing"));
        return new CityDistribution(shown, n, entries.Count - n, n == 0 ? null : bigThree / n, Ratio(beijing, n));
    }

    private static ExperienceRow BuildExperience(string firm, List<ReportEntry> entries)
    {
        var study = entries
            .Select(e => e.Derived.IsCampus ? 0 : e.Derived.MinYearsExperience)
            .OfType<double>()
            .ToList();
        var explicitFigures = entries
            .Select(e => DerivedFieldsCalculator.ReadExperience(e.Stored.Posting))
            .Where(r => r.IsExplicit)
            .Select(r => r.Years!.Value)
            .ToList();
        return new ExperienceRow(
            firm,
            study.Count == 0 ? null : study.Average(),
            study.Count,
            explicitFigures.Count == 0 ? null : explicitFigures.Average(),
            explicitFigures.Count);
    }

    private static CampusSummary BuildCampus(List<ReportEntry> entries)
    {
        var campus = entries.Count(e => e.Derived.IsCampus);
        var engineering = entries.Where(e => EngineeringRoles.IsEngineering(e.Stored.Posting, e.Derived.GoToMarket)).ToList();
        var engineeringCampus = engineering.Count(e => e.Derived.IsCampus);
        return new CampusSummary(
            entries.Count, campus, Ratio(campus, entries.Count),
            engineering.Count, engineeringCampus, Ratio(engineeringCampus, engineering.Count));
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
