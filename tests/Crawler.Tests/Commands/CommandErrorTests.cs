using System.Net;
using System.Net.Sockets;
using Crawler.Commands;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>
/// Each failure a new user meets ends in one line that names the problem and the fix, and a documented exit
/// code, never a stack trace.
/// </summary>
public sealed class CommandErrorTests : IDisposable
{
    private const string OneSource = """{ "Sources": [ { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" } ] }""";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Delete();

    [Fact]
    public async Task SourcesFile_InvalidJson_NamesRealLineAndColumnAndExitsOne()
    {
        var file = Write("bad.json", "{ \"Sources\": [\n  { \"id\": \"a\",\n    \"platform\": \"atsx\" \"entryUrl\": \"https://a.example/\" } ] }\n");

        var (exit, error) = await CrawlerInvocation.RunAsync("sources", "validate", "--sources", file);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith($"{file}:3:24: invalid JSON", error, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Fact]
    public async Task Database_IsADirectory_SaysSoAndExitsOne()
    {
        Directory.CreateDirectory(_dir.File("store"));

        var (exit, error) = await CrawlerInvocation.RunAsync("events", "--db", _dir.File("store"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir.File("store"), "crawler.db"), error, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("report")]
    [InlineData("sources list")]
    public async Task ReadOnlyVerb_MissingDatabase_CreatesNothingAndExitsOne(string verb)
    {
        var database = _dir.File("missing.db");

        var (exit, error) = await CrawlerInvocation.RunAsync([.. verb.Split(' '), "--db", database, "--sources", Write("s.json", OneSource)]);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
        AssertOneLine(error);
    }

    [Fact]
    public async Task Report_ImpossibleAsOfDate_UsageErrorWithTheFormatAndExitOne()
    {
        var (exit, error) = await CrawlerInvocation.RunAsync("report", "--as-of", "2026-13-45", "--db", _dir.File("x.db"));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--as-of '2026-13-45' is not a date: write it as yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.DoesNotContain("FormatException", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_Interrupted_SaysSoAndExits130()
    {
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        var (exit, error) = await CrawlerInvocation.RunAsync(interrupted.Token, "crawl", "--sources", Write("s.json", OneSource), "--db", _dir.File("c.db"));

        Assert.Equal(ExitCodes.Interrupted, exit);
        Assert.StartsWith("Interrupted:", error, StringComparison.Ordinal);
        AssertOneLine(error);
    }

    [Fact]
    public async Task Run_DiagnosticsPortBusy_OneLineNamingPortAndSettingAndExitsOne()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var result = await CrawlerProcess.RunAsync(_dir.Path, "run", "--sources", Write("s.json", OneSource), "--db", _dir.File("r.db"),
            $"--Diagnostics:Port={port}", "--log-format", "text");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"Cannot listen on 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.Contains("--Diagnostics:Port=N", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("address already in use", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnexpectedFailure_DebugLevel_PrintsTheTraceAfterTheLine()
    {
        Directory.CreateDirectory(_dir.File("store"));

        var (exit, error) = await CrawlerInvocation.RunAsync("events", "--db", _dir.File("store"), "--Logging:Level=Debug");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is a directory", error.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("   at ", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_dir.File(name), text);
        return _dir.File(name);
    }

    private static void AssertOneLine(string error) =>
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
}
