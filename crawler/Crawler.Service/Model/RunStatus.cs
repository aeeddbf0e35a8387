namespace Crawler.Model;

public enum RunStatus
{
    Running = 0,
    /// <summary>Every page fetched, totals consistent: may confirm disappearances.</summary>
    Complete = 1,
    /// <summary>Postings were collected but completeness could not be proven.</summary>
    Partial = 2,
    /// <summary>The crawl failed before it could list the source.</summary>
    Failed = 3,
    /// <summary>The worker died mid-run; found and closed by a later worker.</summary>
    Abandoned = 4,
}
