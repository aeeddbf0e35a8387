using Crawler.Analysis;

namespace Crawler.Tests.Analysis;

public sealed class CityNormalizerTests
{
    [Theory]
    [InlineData("北京", "Beijing")]
    [InlineData("北京市", "Beijing")]
    [InlineData("Beijing City", "Beijing")]
    [InlineData(" beijing ", "Beijing")]
    [InlineData("杭州市", "Hangzhou")]
    [InlineData("CT_11", "Beijing")]
    [InlineData("CT_125", "Shanghai")]
    [InlineData("CT_128", "Shenzhen")]
    [InlineData("CT_52", "Hangzhou")]
    [InlineData("CT_45", "Guangzhou")]
    [InlineData("CT_22", "Chengdu")]
    [InlineData("CT_163", "Singapore")]
    [InlineData("CT_159", "Hong Kong")]
    [InlineData("中国香港", "Hong Kong")]
    [InlineData("新加坡", "Singapore")]
    [InlineData("海淀区", "Beijing")]
    [InlineData("朝阳区", "Beijing")]
    [InlineData("海淀", "Beijing")]
    [InlineData("余杭区", "Hangzhou")]
    [InlineData("西湖区", "Hangzhou")]
    [InlineData("浦东新区", "Shanghai")]
    [InlineData("徐汇区", "Shanghai")]
    [InlineData("南山区", "Shenzhen")]
    [InlineData("北京市海淀区", "Beijing")]
    [InlineData("Haidian District, Beijing", "Beijing")]
    [InlineData("Hangzhou, Zhejiang, China", "Hangzhou")]
    [InlineData("中国", "China")]
    [InlineData("美国", "United States")]
    [InlineData("USA", "United States")]
    [InlineData("西安", "Xi'an")]
    [InlineData("  Atlantis  ", "Atlantis")]
    public void NormalizeSingle_KnownForms_Canonical(string given, string expected)
    {
        Assert.Equal(expected, CityNormalizer.NormalizeSingle(given));
    }

    [Fact]
    public void Normalize_DuplicatesAcrossFormsAndCompoundStrings_DeduplicatedInOrder()
    {
        var cities = CityNormalizer.Normalize(["上海", "CT_11", "北京市", "海淀区", "", null, "Shanghai", "杭州/深圳", "CT_999"]);

        Assert.Equal(["Shanghai", "Beijing", "Hangzhou", "Shenzhen", "CT_999"], cities);
    }
}
