using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Crawler.Lab.Atsx;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>The HTML shell and page script, checked without a browser.</summary>
public sealed partial class AtsxPageTests(SharedLabFixture fixture) : IClassFixture<SharedLabFixture>
{
    [Theory]
    [InlineData("bytedance-campus", "")]
    [InlineData("bytedance-experienced", "?current=3&limit=20")]
    [InlineData("minimax-campus", "/{id}/detail")]
    public async Task Page_ListAndDetailRoutes_ServeTheShellWithoutPostingData(string siteId, string suffix)
    {
        var site = fixture.Lab.Site(siteId);
        var first = site.GroundTruth()[0];
        using var http = new HttpClient();

        var html = await http.GetStringAsync(site.EntryUrl + suffix.Replace("{id}", first.Id, StringComparison.Ordinal));

        Assert.Contains("<div id=\"app\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/static/atsx-app.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains($"\"websitePath\":\"{site.Spec.WebsitePath}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteRoot_RedirectsToThePositionPage()
    {
        var site = fixture.Lab.Site("minimax-campus");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync(new Uri(site.EntryUrl, "/379481/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/379481/position", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public void PageScript_SigningConstants_MatchTheServer()
    {
        var script = AtsxShell.Files.Script;

        Assert.Equal(AtsxSignature.Secret, SecretPattern().Match(script).Groups[1].Value);
        Assert.Contains("const FNV_OFFSET = 0x811c9dc5;", script, StringComparison.Ordinal);
        Assert.Contains("const FNV_PRIME = 0x01000193;", script, StringComparison.Ordinal);
        Assert.Contains("const message = path + '?' + query + '\\n' + body;", script, StringComparison.Ordinal);
    }

    /// <summary>Vectors computed by running the sign() function of atsx-app.js in Node.</summary>
    [Theory]
    [InlineData("/api/v1/search/job/posts", "keyword=%E5%90%8E%E7%AB%AF&limit=10&offset=0&portal_type=6", "{\"keyword\":\"后端\",\"limit\":10,\"offset\":0,\"portal_type\":6}", "25706b451c791b13")]
    [InlineData("/api/v1/job/posts/7056540460763054203", "portal_type=6&with_recommend=false", "", "6487318ff73cee15")]
    public void Compute_SameInputAsThePageScript_GivesTheSameSignature(string path, string query, string body, string expected)
    {
        Assert.Equal(expected, AtsxSignature.Compute(path, query, body));
    }

    [Fact]
    public void PageScript_InsertsTextWithTextNodesOnly()
    {
        var script = AtsxShell.Files.Script;

        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", script, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", script, StringComparison.Ordinal);
    }

    [GeneratedRegex("const SIGNATURE_SECRET = '([^']+)';")]
    private static partial Regex SecretPattern();
}
