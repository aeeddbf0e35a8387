using System.Text.Json;
using Crawler.Analysis.Reporting;
using Crawler.Model;

namespace Crawler.Tests.Analysis.Reporting;

public sealed class ReportRendererTests
{
    internal const string HostileFirm = "<script>alert(1)</script>|Evil";
    internal const string HostileCity = "<img src=x onerror=alert(2)>";

    internal static StudyReport HostileReport()
    {
        var hostile = StudyFixture.Stored(HostileFirm, "h1", "<b>Engineer</b>", RecruitTrack.Experienced, "3年以上经验", null, [HostileCity]);
        return StudyReportBuilder.Build(StudyFixture.Postings().Append(hostile), new ReportOptions());
    }

    [Fact]
    public void Markdown_FixtureReport_TablesWithKnownNumbers()
    {
        var markdown = new MarkdownReportRenderer().Render(StudyReportBuilder.Build(StudyFixture.Postings(), new ReportOptions()));

        Assert.Contains("| DeepSeek | 4 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Coding agents | ✓ 2 | — 0 | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| DeepSeek | 1 | 0 | 0 | 3 | 100.0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Shanghai | 2.83 | 40.5% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| DeepSeek | 2.67 | 3 | 3.00 | 3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Engineering roles | 2 | 5 | 40.0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("Beijing + Hangzhou + Shanghai: 81.0%", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HostileFirmName_EscapedInsideItsCell()
    {
        var markdown = new MarkdownReportRenderer().Render(HostileReport());

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|Evil", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FixtureReport_StableFieldNamesAndValues()
    {
        var json = new JsonReportRenderer().Render(StudyReportBuilder.Build(StudyFixture.Postings(), new ReportOptions()));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(7, root.GetProperty("totalPostings").GetInt32());
        Assert.Equal("DeepSeek", root.GetProperty("postingsByFirm")[0].GetProperty("firm").GetString());
        Assert.Equal(4.0 / 7, root.GetProperty("cities").GetProperty("beijingListedShare").GetDouble(), 1e-9);
        Assert.Equal(0.4, root.GetProperty("campus").GetProperty("engineeringShare").GetDouble(), 1e-9);
        Assert.True(root.GetProperty("areas")[0].GetProperty("cells")[0].GetProperty("present").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("asOf").ValueKind);
    }

    [Fact]
    public void Html_FixtureReport_PostingsPerFirmLikeTheMarkdownReport()
    {
        var report = StudyReportBuilder.Build(StudyFixture.Postings(), new ReportOptions());

        var html = new HtmlReportRenderer().Render(report);

        Assert.Contains("<section id=\"firms\"><h2>Postings per firm</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>DeepSeek</td><td>4</td></tr>", html, StringComparison.Ordinal);
        Assert.All(report.PostingsByFirm, f => Assert.Contains($"<tr><td>{f.Firm}</td><td>{f.Postings}</td></tr>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Html_HostileNames_EncodedEverywhere()
    {
        var html = new HtmlReportRenderer().Render(HostileReport());

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;|Evil", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }
}
