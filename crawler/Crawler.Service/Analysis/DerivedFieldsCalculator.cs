using Crawler.Model;

namespace Crawler.Analysis;

/// <summary>
/// The one entry point for derived fields: experience, campus flag, canonical cities, area tags and
/// go-to-market class. Pure and thread-safe; build one per process (it compiles the area rules).
/// </summary>
public sealed class DerivedFieldsCalculator
{
    private readonly AreaTagger _tagger;
    private readonly Lazy<Task> _warm;

    /// <summary>Uses <paramref name="rules"/> for area tags and stamps their version.</summary>
    public DerivedFieldsCalculator(AreaRules rules)
    {
        _tagger = new AreaTagger(rules);
        _warm = new Lazy<Task>(() => Task.Run(() =>
        {
            foreach (var posting in WarmUpPostings) Compute(posting);
        }));
    }

    // One posting in each language the rules and the experience patterns read: their first match is where the
    // compiled regexes are built and JIT-compiled.
    private static readonly ObservedPosting[] WarmUpPostings =
    [
        new() { PortalId = "warm-up", Title = "Senior Machine Learning Engineer", Description = "3+ years of experience training large language models", Requirement = "Bachelor's degree", Cities = ["Beijing"], RawJson = "{}" },
        new() { PortalId = "warm-up", Title = "大模型算法工程师", Description = "负责大模型预训练与推理优化", Requirement = "三年以上相关工作经验，本科及以上学历", Cities = ["北京"], RawJson = "{}" },
    ];

    /// <summary>
    /// Builds the compiled regexes in the background, once per calculator (later calls return the same task): a crawl
    /// starts this while its browser launches, so the commit of a re-crawl does not wait for the build (about 1 s).
    /// </summary>
    public Task WarmUp() => _warm.Value;

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
