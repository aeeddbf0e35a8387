namespace Crawler.Analysis.Reporting;

/// <summary>Which postings the study report covers and how it counts them.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// Report the postings open on this date: first seen on or before it and still active or last seen on or
    /// after it. Default null: the current state (see <see cref="ActiveOnly"/>).
    /// </summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>Without <see cref="AsOf"/>, only postings whose status is active. Default true.</summary>
    public bool ActiveOnly { get; init; } = true;

    /// <summary>A firm gets ✓ for an area when it has at least this many postings with the tag. Default 1.</summary>
    public int AreaThreshold { get; init; } = 1;

    /// <summary>How many cities the city table and chart list (the rest are summed as "Other"). Default 15.</summary>
    public int TopCities { get; init; } = 15;

    /// <summary>How many weeks the report over time covers (appeared, disappeared, open per firm). Default 12; 0 leaves it out.</summary>
    public int Weeks { get; init; } = 12;

    /// <summary>Postings cited per ✓ cell of the research-area table (the study's "Website 1, Website 2"). Default 2.</summary>
    public int ExamplesPerCell { get; init; } = 2;

    /// <summary>
    /// Computes derived fields for postings stored without them, and supplies the area names.
    /// Default null: the rules file shipped with the application.
    /// </summary>
    public DerivedFieldsCalculator? Calculator { get; init; }
}
