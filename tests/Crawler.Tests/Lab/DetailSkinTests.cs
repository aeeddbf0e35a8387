using Crawler.Lab.Generation;

namespace Crawler.Tests.Lab;

/// <summary>The lab's detail DOM names come from the seed, so no test can pass by knowing one version of them.</summary>
public sealed class DetailSkinTests
{
    [Fact]
    public void For_SameSeedAndSite_IsTheSameEveryTime() =>
        Assert.Equal(DetailSkin.For(7, "deepseek").ToJsonString(), DetailSkin.For(7, "deepseek").ToJsonString());

    [Fact]
    public void For_OtherSeeds_ChangeTheClassNamesAndTheIdAttribute()
    {
        var skins = Enumerable.Range(1, 20).Select(seed => DetailSkin.For(seed, "minimax-social")).ToList();

        Assert.Equal(20, skins.Select(s => s["classes"]!["root"]!.GetValue<string>()).Distinct().Count());
        Assert.True(skins.Select(s => s["idAttr"]!.GetValue<string>()).Distinct().Count() > 15);
        Assert.True(skins.Select(s => s["rootTag"]!.GetValue<string>() + s["titleTag"]!.GetValue<string>()).Distinct().Count() > 3);
        Assert.DoesNotContain(skins, s => s.ToJsonString().Contains("job-detail", StringComparison.Ordinal));
    }
}
