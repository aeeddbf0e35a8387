using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary><c>sources list</c> as ops read it: every column lines up whatever the platform or company is called.</summary>
public sealed class SourcesListTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task SourcesList_DeclarativeSourceAndLongCompany_ColumnsStayAligned()
    {
        var sources = _dir.File("s.json");
        await File.WriteAllTextAsync(sources, """
            { "Sources": [
              { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" },
              { "id": "nimbus-api", "company": "Nimbus AI Research", "platform": "declarative", "entryUrl": "https://n.example/",
                "settings": {"mode": "api", "api.urlContains": "/api/careers/openings?", "api.method": "GET", "api.okPath": "status", "api.okValue": "ok", "api.itemsPath": "result.openings[]", "api.totalPath": "result.total", "api.field.id": "openingId", "api.field.title": "headline", "api.field.description": "body", "api.field.requirement": "qualifications", "api.field.cities": "locations[].label", "api.field.category": "team.name", "api.field.recruitType": "employmentType", "api.field.publishedAt": "postedAt", "track.campus": "Graduate", "track.intern": "Internship", "track.experienced": "Full-time", "next.kind": "click", "next.selector": "button.load-more", "detail.kind": "urlTemplate", "detail.urlTemplate": "/careers/openings/{id}", "detail.ready": "article.opening-detail[data-opening-id=\"{id}\"]", "detail.content": "article.opening-detail", "detail.navigation": "pushState"} } ] }
            """);
        var database = _dir.File("l.db");
        await LeasedSource.CreateAsync(database, "worker-with-a-long-name", DateTimeOffset.UtcNow);

        var result = await CrawlerProcess.RunAsync(_dir.Path, "sources", "list", "--sources", sources, "--db", database, "--log-format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var postings = lines[0].IndexOf("postings", StringComparison.Ordinal) + "postings".Length;
        var lease = lines[0].IndexOf("lease", StringComparison.Ordinal);
        Assert.All(lines[1..], l => Assert.Equal(' ', l[postings]));
        Assert.Contains("declarative", lines[2], StringComparison.Ordinal);
        Assert.Equal("worker-with-a-long-name", lines[1][lease..].Split(' ')[0]);
        Assert.Equal("-", lines[2][lease..].Split(' ')[0]);
    }

    [Fact]
    public async Task SourcesList_RunInProgressInAnotherProcess_ShowsItsPhaseAndProgress()
    {
        var sources = _dir.File("s.json");
        await File.WriteAllTextAsync(sources, LeasedSource.SourcesJson);
        var database = _dir.File("p.db");
        var now = DateTimeOffset.UtcNow;
        await using (var store = await LeasedSource.CreateAsync(database, "worker-b", now))
        {
            await store.StartRunAsync(StoreTestData.Run("a", "run-1", now.AddMinutes(-3), "worker-b"), CancellationToken.None);
            await store.SaveRunProgressAsync(new Crawler.Model.RunProgress
            {
                RunId = "run-1", SourceId = "a", WorkerId = "worker-b", Phase = "details", Done = 12, Total = 40, Failed = 2,
                StartedAt = now.AddMinutes(-3), PhaseSince = now.AddSeconds(-38), UpdatedAt = now,
            }, CancellationToken.None);
        }

        var result = await CrawlerProcess.RunAsync(_dir.Path, "sources", "list", "--sources", sources, "--db", database, "--log-format", "json");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        var row = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.Contains("running", row, StringComparison.Ordinal);
        Assert.Matches(@"running  details 12/40 \(2 failed\) for \d+s ", row);
    }
}
