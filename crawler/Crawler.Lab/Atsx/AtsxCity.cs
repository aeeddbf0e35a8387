namespace Crawler.Lab.Atsx;

/// <summary>A city as ATSX names it (<c>city_list[]</c>).</summary>
internal sealed record AtsxCity(string Code, string Name, string EnName, string PinYin, string MdmCode)
{
    /// <summary>The codes observed on the real portals (portals.md §1.3).</summary>
    public static IReadOnlyList<AtsxCity> All { get; } =
    [
        new("CT_11", "北京", "Beijing", "beijing", "MDM_CN_110000"),
        new("CT_125", "上海", "Shanghai", "shanghai", "MDM_CN_310000"),
        new("CT_128", "深圳", "Shenzhen", "shenzhen", "MDM_CN_440300"),
        new("CT_52", "杭州", "Hangzhou", "hangzhou", "MDM_CN_330100"),
        new("CT_45", "广州", "Guangzhou", "guangzhou", "MDM_CN_440100"),
        new("CT_22", "成都", "Chengdu", "chengdu", "MDM_CN_510100"),
        new("CT_163", "新加坡", "Singapore", "xinjiapo", "MDM_SG"),
        new("CT_159", "中国香港", "Hong Kong", "zhongguoxianggang", "MDM_CN_810000"),
    ];

    private static readonly Dictionary<string, AtsxCity> ByCode = All.ToDictionary(c => c.Code);

    public static AtsxCity Get(string code) => ByCode[code];
}
