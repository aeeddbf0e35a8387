using Crawler.Model;

namespace Crawler.Analysis.Reporting;

/// <summary>A stored posting with the derived fields the report uses (stored ones, or computed now).</summary>
internal sealed record ReportEntry(StoredPosting Stored, DerivedFields Derived)
{
    public string Firm => Stored.Company;
}
