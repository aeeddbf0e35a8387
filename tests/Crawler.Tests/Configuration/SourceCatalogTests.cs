using Crawler.Configuration;
using Crawler.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Crawler.Tests.Configuration;

/// <summary>Mistakes in a sources file that the configuration binder would otherwise ignore are named by source and field.</summary>
public sealed class SourceCatalogTests
{
    [Fact]
    public void Load_MisspeltField_NamesSourceFieldAndTheClosestKnownField()
    {
        var configuration = Build(("0", "Id", "a"), ("0", "intreval", "06:00:00"));

        var error = Assert.Throws<SourceValidationException>(() => SourceCatalog.Load(configuration, TestFamilies.All));

        Assert.Contains("Sources[0] (id 'a'): field 'intreval' is not a source field; did you mean 'interval'?", error.Problems);
    }

    [Fact]
    public void Load_DuplicateId_NamesBothEntriesEvenWhenOneIsDisabled()
    {
        var configuration = Build(("0", "Id", "a"), ("1", "Id", "a"), ("1", "Enabled", "false"));

        var error = Assert.Throws<SourceValidationException>(() => SourceCatalog.Load(configuration, TestFamilies.All));

        Assert.Contains("Sources[1] (id 'a'): field 'id' repeats Sources[0]; every source needs its own id", error.Problems);
    }

    [Fact]
    public void Load_KnownFieldsInAnyCase_Accepted()
    {
        var configuration = Build(("0", "Id", "a"), ("0", "INTERVAL", "06:00:00"), ("0", "allowedhosts:0", "cdn.example"), ("0", "SETTINGS:pageSize", "20"));

        var source = Assert.Single(SourceCatalog.Load(configuration, TestFamilies.All));

        Assert.Equal(TimeSpan.FromHours(6), source.Interval);
        Assert.Equal("20", source.Setting("pageSize"));
    }

    private static IConfiguration Build(params (string Index, string Key, string Value)[] fields)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var index in fields.Select(f => f.Index).Distinct())
        {
            settings[$"Sources:{index}:Company"] = "A";
            settings[$"Sources:{index}:Platform"] = "atsx";
            settings[$"Sources:{index}:EntryUrl"] = $"https://{index}.example/";
        }

        foreach (var (index, key, value) in fields) settings[$"Sources:{index}:{key}"] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
