namespace Crawler.Analysis;

/// <summary>Why the parser settled on its figure.</summary>
public enum ExperienceBasis
{
    /// <summary>The text states no requirement and no new-graduate wording.</summary>
    NotStated = 0,
    /// <summary>A number of years (or months) was stated; the figure is its lower bound.</summary>
    StatedYears = 1,
    /// <summary>The text says no experience is required (经验不限, "no experience required"): 0.</summary>
    NoneRequired = 2,
    /// <summary>Only new-graduate wording (应届, 2027届, 校招, new grad): 0.</summary>
    NewGraduate = 3,
    /// <summary>A campus or intern posting: 0 whatever the text states (the study's rule).</summary>
    Campus = 4,
}
