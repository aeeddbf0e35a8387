using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>The command line at its edges: usage errors on standard error with the valid choices, and configuration keys as arguments.</summary>
public sealed class CommandLineDetailsTests : IDisposable
{
    private const string OneSource = """{ "Sources": [ { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" } ] }""";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task Events_UnknownKind_ListsValidKindsOnStandardErrorOnly()
    {
        var result = await CrawlerProcess.RunAsync(_dir.Path, "events", "--kind", "bogus", "--db", _dir.File("e.db"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--kind 'bogus' is not a kind; use one of: appeared, changed, disappeared, reappeared.", result.Error, StringComparison.Ordinal);
        Assert.Contains("See 'crawler events --help'.", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Demo_Help_NamesTheDemoDatabase()
    {
        // demo is a verb of crawler-lab, the lab's own executable.
        var root = new System.CommandLine.RootCommand { Crawler.LabCli.DemoCommand.Create(new CommonOptions()) };
        using var output = new StringWriter();
        var code = await root.Parse(["demo", "--help"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output });

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("default data/demo.db", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("crawler.db", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesValidate_NoSources_ExitsOneWithASentence()
    {
        var (exit, error) = await CrawlerInvocation.RunAsync("sources", "validate", "--db", _dir.File("v.db"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("No sources configured: pass --sources FILE", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "No sources configured")]
    [InlineData(true, "Unknown source id(s): nosuch; configured: a")]
    public async Task SourcesCrawlNow_UnknownId_NamesTheConfiguredSourcesAndCreatesNoStore(bool withSources, string expected)
    {
        string[] sources = withSources ? ["--sources", Write("s.json", OneSource)] : [];

        var (exit, error) = await CrawlerInvocation.RunAsync(["sources", "crawl-now", "nosuch", "--db", _dir.File("n.db"), .. sources]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.File("n.db")));
    }

    [Fact]
    public async Task LogFormat_Unknown_UsageErrorNamingTheChoices()
    {
        var (exit, error) = await CrawlerInvocation.RunAsync("events", "--log-format", "bogus", "--db", _dir.File("l.db"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'bogus'", error, StringComparison.Ordinal);
        Assert.Contains("'json'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationKeyArgument_OverridesTheStore()
    {
        Directory.CreateDirectory(_dir.File("as-dir"));

        var (exit, error) = await CrawlerInvocation.RunAsync("events", "--db", _dir.File("ignored.db"), $"--Storage:Sqlite:Path={_dir.File("as-dir")}");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"'{_dir.File("as-dir")}' is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlertsDeliver_MisspeltFilterKind_NamesSinkAndValidKinds()
    {
        var config = Write("alerts.json", """
            { "Alerts": { "Sinks": [ { "name": "ops", "type": "console", "filter": { "kinds": [ "appeared", "apeared" ] } } ] } }
            """);

        var (exit, error) = await CrawlerInvocation.RunAsync("alerts", "deliver", "--sources", config, "--db", _dir.File("a.db"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Alerts:Sinks[0] 'ops': Filter:Kinds has 'apeared', which is not one of appeared, changed, disappeared, reappeared.", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_dir.File(name), text);
        return _dir.File(name);
    }
}
