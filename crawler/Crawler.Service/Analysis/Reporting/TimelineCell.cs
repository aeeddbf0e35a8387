namespace Crawler.Analysis.Reporting;

/// <summary>One firm (or the total) in one week of a <see cref="TimelineTable"/>: "+appeared −disappeared" and the postings open at the week's end.</summary>
internal sealed record TimelineCell(string Moves, int Open)
{
    public static TimelineCell Of(int appeared, int disappeared, int open) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"+{appeared} −{disappeared}"), open);
}
