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
    public DerivedFields Compute(ObservedPosting posting) => Explain(posting).Fields;

    /// <summary>The derived fields of one posting with the experience reading that decided the years.</summary>
    /// <remarks>
    /// Minimum years follow the study: 0 for a campus or intern posting whatever its text states (basis
    /// <see cref="ExperienceBasis.Campus"/>, the parser's phrase kept for the explanation); otherwise the
    /// parser's figure, null when nothing is stated.
    /// </remarks>
    public DerivedExplanation Explain(ObservedPosting posting)
    {
        var experience = ReadExperience(posting);
        var isCampus = CampusClassifier.IsCampus(posting);
        if (isCampus)
        {
            experience = experience with { Years = 0, Basis = ExperienceBasis.Campus };
        }

        var fields = new DerivedFields
        {
            MinYearsExperience = experience.Years,
            IsCampus = isCampus,
            Cities = CityNormalizer.Normalize(posting.Cities),
            AreaTags = _tagger.Tag(posting.Title, posting.Description, posting.Requirement),
            GoToMarket = GoToMarketClassifier.Classify(posting.Title, posting.Category, posting.Description, posting.Requirement),
            RulesVersion = RulesVersion,
        };
        return new DerivedExplanation(fields, experience);
    }

    /// <summary>The parser's reading of the posting's text alone (no campus rule), for explicit-only figures.</summary>
    public static ExperienceReading ReadExperience(ObservedPosting posting) =>
        ExperienceParser.Parse(posting.Title, posting.Description, posting.Requirement);
}
