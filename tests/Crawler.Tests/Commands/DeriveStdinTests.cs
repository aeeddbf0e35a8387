using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Crawler.Analysis;
using Crawler.Commands;

namespace Crawler.Tests.Commands;

/// <summary><c>crawler derive --stdin</c> as an analyst uses it: JSON lines in, one JSON line of derived fields out per line.</summary>
public sealed class DeriveStdinTests
{
    private static readonly DerivedFieldsCalculator Calculator = DerivedFieldsCalculator.CreateDefault();

    [Fact]
    public async Task RunAsync_Postings_OneLineEachWithTheStoredFieldsAndTheirReason()
    {
        var (exit, output, error) = await RunAsync(
            """{"title":"语音合成算法工程师","requirement":"５年以上后端开发经验；有10年以上经验者优先","recruitType":"社招","cities":["北京市","海淀区"]}""",
            """{"title":"算法实习生","requirement":"有1年以上项目经验","recruitType":"实习"}""",
            """{"title":"大客户销售","description":"Our team has been selling to banks for 10+ years.","requirement":"Requirements: 4+ years of B2B sales"}""",
            """{"title":"行政专员","requirement":"本科及以上学历"}""");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(4, output.Count);
        Assert.Equal(1, (int)output[0]["line"]!);
        Assert.Equal(5, (double)output[0]["minYearsExperience"]!);
        Assert.Equal("statedYears", (string?)output[0]["experienceBasis"]);
        Assert.Equal("５年以上", (string?)output[0]["matchedText"]);
        Assert.False((bool)output[0]["isCampus"]!);
        Assert.Equal(["Beijing"], output[0]["cities"]!.AsArray().Select(c => (string?)c));
        Assert.Equal(["voice-speech"], output[0]["areaTags"]!.AsArray().Select(c => (string?)c));

        Assert.Equal(0, (double)output[1]["minYearsExperience"]!);
        Assert.Equal("campus", (string?)output[1]["experienceBasis"]);
        Assert.True((bool)output[1]["isCampus"]!);

        Assert.Equal(4, (double)output[2]["minYearsExperience"]!);
        Assert.Equal("b2b-sales", (string?)output[2]["goToMarket"]);

        Assert.Null(output[3]["minYearsExperience"]);
        Assert.Equal("notStated", (string?)output[3]["experienceBasis"]);
    }

    [Fact]
    public async Task RunAsync_MalformedLines_OneErrorLineEachAndTheRestDerived()
    {
        var (exit, output, error) = await RunAsync(
            """{"requirement":"3年以上经验"}""",
            "{not json",
            "[1, 2]",
            """{"title": 3}""",
            "",
            """{"titel":"算法工程师"}""",
            """{"requirement":"Experience: 不限"}""");

        Assert.Equal(1, exit);
        Assert.Equal([1, 7], output.Select(o => (int)o["line"]!));
        Assert.Equal([3.0, 0.0], output.Select(o => (double)o["minYearsExperience"]!));
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, errors.Length);
        Assert.StartsWith("derive --stdin: line 2: not valid JSON", errors[0], StringComparison.Ordinal);
        Assert.Equal("derive --stdin: line 3: expected a JSON object, got array", errors[1]);
        Assert.Equal("derive --stdin: line 4: \"title\" must be a string, got number", errors[2]);
        Assert.Equal("derive --stdin: line 6: none of \"title\", \"description\", \"requirement\" is given", errors[3]);
    }

    [Fact]
    public async Task DeriveStdin_TheCrawlerExecutable_ReadsStandardInputAndWritesStandardOutput()
    {
        var directory = Directory.CreateTempSubdirectory("crawler-derive-");
        try
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = directory.FullName,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "crawler.dll"), "derive", "--stdin", "--log-format", "json" })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            await process.StandardInput.WriteLineAsync("""{"title":"后端工程师","requirement":"本科需5年以上、硕士需3年以上相关工作经验","recruitType":"社招"}""");
            await process.StandardInput.WriteLineAsync("oops");
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(deadline.Token);

            Assert.Equal(1, process.ExitCode);
            var line = JsonNode.Parse(Assert.Single((await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries)))!;
            Assert.Equal(3, (double)line["minYearsExperience"]!);
            Assert.Equal("3年以上", (string?)line["matchedText"]);
            Assert.Contains("derive --stdin: line 2: not valid JSON", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, List<JsonNode> Output, string Error)> RunAsync(params string[] lines)
    {
        using var input = new StringReader(string.Join('\n', lines));
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exit = await DeriveStdin.RunAsync(Calculator, input, output, error, CancellationToken.None);
        var written = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        return (exit, written, error.ToString());
    }
}
