using System.Text.Json;
using System.Text.RegularExpressions;
using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

/// <summary>A pattern table's shared pieces: <c>{name}</c> stands for a fragment; quantifiers and Unicode classes stay what they are.</summary>
public sealed class PatternConverterTests
{
    private static readonly Dictionary<string, string> Fragments = new(StringComparer.Ordinal) { ["num"] = "[0-9一二三]" };

    [Fact]
    public void Read_FragmentQuantifierAndUnicodeClass_ExpandsOnlyTheFragment()
    {
        var regex = Read("\"\\\\p{IsCJKUnifiedIdeographs}{1,2}{num}年\"");

        Assert.Equal("\\p{IsCJKUnifiedIdeographs}{1,2}[0-9一二三]年", regex.ToString());
        Assert.Matches(regex, "经验三年");
    }

    [Fact]
    public void Read_UnknownFragment_FailsTheLoadNamingIt()
    {
        var error = Assert.Throws<JsonException>(() => Read("[\"{years}\", \"x\"]"));

        Assert.Contains("{years}", error.Message, StringComparison.Ordinal);
    }

    private static Regex Read(string json) =>
        JsonSerializer.Deserialize<Regex>(json, new JsonSerializerOptions { Converters = { new PatternConverter(RegexOptions.None, Fragments) } })!;
}
