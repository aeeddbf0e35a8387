using System.Globalization;
using System.Text;
using Crawler.Commands;

namespace Crawler.Tests.Analysis;

/// <summary>One row of <c>experience-texts.tsv</c>: its split, category, the posting text and the study's figure.</summary>
internal sealed record ExperienceTextCase(string Split, string Category, DeriveInput Input, double? Expected)
{
    public static List<ExperienceTextCase> LoadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Analysis", "experience-texts.tsv");
        var cases = new List<ExperienceTextCase>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("split\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            Assert.True(f.Length == 6 && f[0] is "dev" or "test", $"malformed line in {path}: {line}");
            var input = new DeriveInput(Empty(f[3]), null, f[4].Replace("\\n", "\n", StringComparison.Ordinal), Empty(f[2]), []);
            double? expected = f[5] == "null" ? null : double.Parse(f[5], CultureInfo.InvariantCulture);
            cases.Add(new ExperienceTextCase(f[0], f[1], input, expected));
        }

        return cases;
    }

    private static string? Empty(string field) => field.Length == 0 ? null : field;
}
