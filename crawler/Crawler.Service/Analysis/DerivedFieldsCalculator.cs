using Crawler.Model;

namespace Crawler.Analysis;

/// <summary>
/// The one entry point for derived fields: experience, campus flag, canonical cities, area tags and
/// go-to-market class. Pure and thread-safe; build one per process (it compiles the area rules).
/// </summary>
public sealed class DerivedFieldsCalculator
{
    private readonly AreaTagger _tagger;

    /// <summary>Uses <paramref name="rules"/> for area tags and stamps their version.</summary>
    public DerivedFieldsCalculator(AreaRules rules) => _tagger = new AreaTagger(rules);

    /// <summary>Version of the rules stamped on every result.</summary>
    public int RulesVersion => _tagger.Rules.Version;

    /// <summary>The area rules in use (for report labels).</summary>
    public AreaRules Rules => _tagger.Rules;

    /// <summary>A calculator over the rules file shipped next to the application.</summary>
    public static DerivedFieldsCalculator CreateDefault() => new(AreaRulesLoader.LoadDefault());

    /// <summary>Computes the derived fields of one posting.</summary>
    /// <remarks>
    /// Minimum years: the stated figure when the text states one (even on a campus posting, so the field
    /// stays truthful); otherwise 0 for a campus posting; otherwise null. The study's "campus counts as 0"
    /// rule is applied by the report, which sees <see cref="DerivedFields.IsCampus"/>.
    /// </remarks>
    public DerivedFields Compute(ObservedPosting posting)
    {
        var experience = ReadExperience(posting);
        var isCampus = CampusClassifier.IsCampus(posting);
        return new DerivedFields
        {
            MinYearsExperience = experience.Years ?? (isCampus ? 0 : null),
            IsCampus = isCampus,
            Cities = CityNormalizer.Normalize(posting.Cities),
            AreaTags = _tagger.Tag(posting.Title, posting.Description, posting.Requirement),
            GoToMarket = GoToMarketClassifier.Classify(posting.Title, posting.Category, posting.Description, posting.Requirement),
            RulesVersion = RulesVersion,
        };
    }

    /// <summary>The experience reading behind <see cref="DerivedFields.MinYearsExperience"/>, for explanations.</summary>
    public static ExperienceReading ReadExperience(ObservedPosting posting) =>
        ExperienceParser.Parse(posting.Title, posting.Description, posting.Requirement);
}
