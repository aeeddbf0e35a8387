namespace Crawler.Lab.Moka;

/// <summary>One <c>locations[]</c> entry. <see cref="CityName"/> can be a district (海淀区); a country-only entry has no city.</summary>
internal sealed record MokaLocation(int? Id, string Country, int? ProvinceId, string? ProvinceName, int? CityId, string? CityName, string? Address = null)
{
    public static MokaLocation Beijing { get; } = new(1001, "中国", 110000, "北京", 110100, "北京");
    public static MokaLocation Haidian { get; } = new(1002, "中国", 110000, "北京", 110108, "海淀区", "海淀区中关村大街");
    public static MokaLocation Shanghai { get; } = new(1003, "中国", 310000, "上海", 310100, "上海");
    public static MokaLocation Hangzhou { get; } = new(1004, "中国", 330000, "浙江省", 330100, "杭州");
    public static MokaLocation Shenzhen { get; } = new(1005, "中国", 440000, "广东省", 440300, "深圳");
    public static MokaLocation Chengdu { get; } = new(1006, "中国", 510000, "四川省", 510100, "成都");
    public static MokaLocation Singapore { get; } = new(1007, "新加坡", null, null, 65, "新加坡");

    /// <summary>A location that names only the country, as some real rows do.</summary>
    public static MokaLocation ChinaOnly { get; } = new(null, "中国", null, null, null, null);

    /// <summary>The cities jobs are drawn from, Beijing first (the study found Beijing in 63% of postings).</summary>
    public static IReadOnlyList<MokaLocation> Cities { get; } = [Beijing, Shanghai, Hangzhou, Shenzhen, Chengdu, Singapore];

    /// <summary>What a correct crawler reports for this entry: the city (or district) name, else the country.</summary>
    public string TruthName => CityName ?? Country;

    /// <summary>The code kept in <see cref="LabPosting.CityCodes"/>.</summary>
    public string TruthCode => CityId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Country;
}
