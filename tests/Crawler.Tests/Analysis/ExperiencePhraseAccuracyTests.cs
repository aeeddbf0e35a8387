using System.Globalization;
using System.Text;
using Crawler.Analysis;
using Xunit.Abstractions;

namespace Crawler.Tests.Analysis;

/// <summary>Accuracy of <see cref="ExperienceParser"/> on the hand-labelled phrase set.</summary>
public sealed class ExperiencePhraseAccuracyTests(ITestOutputHelper output)
{
    private const double RequiredAccuracy = 0.98;

    [Fact]
    public void Parse_LabelledPhrases_AccuracyAtLeast98Percent()
    {
        var cases = LoadCases();
        Assert.True(cases.Count >= 200, $"the labelled set has only {cases.Count} phrases");

        var misses = new List<string>();
        foreach (var (phrase, expected, note) in cases)
        {
            var reading = ExperienceParser.Parse(phrase);
            if (!SameValue(expected, reading.Years))
            {
                misses.Add($"  MISS expected={Show(expected)} got={Show(reading.Years)} ({reading.Basis}, '{reading.MatchedText}') :: {phrase}  [{note}]");
            }
        }

        var accuracy = (double)(cases.Count - misses.Count) / cases.Count;
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Experience parser accuracy: {accuracy:P2} ({cases.Count - misses.Count}/{cases.Count} phrases)");
        misses.ForEach(m => report.AppendLine(m));
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        Assert.True(accuracy >= RequiredAccuracy, report.ToString());
    }

    private static bool SameValue(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) < 1e-9;

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static List<(string Phrase, double? Expected, string Note)> LoadCases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "experience-phrases.tsv");
        var cases = new List<(string, double?, string)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            Assert.True(fields.Length >= 2, $"malformed line in {path}: {line}");
            double? expected = fields[1] == "null" ? null : double.Parse(fields[1], CultureInfo.InvariantCulture);
            cases.Add((fields[0], expected, fields.Length > 2 ? fields[2] : ""));
        }

        return cases;
    }
}
