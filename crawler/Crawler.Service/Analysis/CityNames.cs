namespace Crawler.Analysis;

/// <summary>The name tables behind <see cref="CityNormalizer"/>: cities, districts, ATSX codes, countries, provinces.</summary>
internal static class CityNames
{
    /// <summary>Canonical English city name → its Chinese name and other spellings.</summary>
    public static readonly (string Canonical, string[] Aliases)[] Cities =
    [
        ("Beijing", ["北京", "Peking", "BJ"]),
        ("Shanghai", ["上海", "SH"]),
        ("Hangzhou", ["杭州"]),
        ("Shenzhen", ["深圳"]),
        ("Guangzhou", ["广州", "Canton"]),
        ("Chengdu", ["成都"]),
        ("Nanjing", ["南京"]),
        ("Wuhan", ["武汉"]),
        ("Xi'an", ["西安", "Xian"]),
        ("Suzhou", ["苏州"]),
        ("Tianjin", ["天津"]),
        ("Chongqing", ["重庆"]),
        ("Hefei", ["合肥"]),
        ("Xiamen", ["厦门"]),
        ("Changsha", ["长沙"]),
        ("Zhengzhou", ["郑州"]),
        ("Jinan", ["济南"]),
        ("Qingdao", ["青岛"]),
        ("Dalian", ["大连"]),
        ("Shenyang", ["沈阳"]),
        ("Harbin", ["哈尔滨"]),
        ("Zhuhai", ["珠海"]),
        ("Dongguan", ["东莞"]),
        ("Foshan", ["佛山"]),
        ("Ningbo", ["宁波"]),
        ("Wuxi", ["无锡"]),
        ("Fuzhou", ["福州"]),
        ("Kunming", ["昆明"]),
        ("Guiyang", ["贵阳"]),
        ("Nanning", ["南宁"]),
        ("Nanchang", ["南昌"]),
        ("Taiyuan", ["太原"]),
        ("Shijiazhuang", ["石家庄"]),
        ("Changchun", ["长春"]),
        ("Lanzhou", ["兰州"]),
        ("Haikou", ["海口"]),
        ("Sanya", ["三亚"]),
        ("Urumqi", ["乌鲁木齐"]),
        ("Hohhot", ["呼和浩特"]),
        ("Ulanqab", ["乌兰察布"]),
        ("Zhangjiakou", ["张家口"]),
        ("Hong Kong", ["香港", "中国香港", "香港特别行政区", "HK", "Hongkong"]),
        ("Macau", ["澳门", "中国澳门", "Macao"]),
        ("Taipei", ["台北"]),
        ("Singapore", ["新加坡", "SG"]),
        ("Tokyo", ["东京"]),
        ("Seoul", ["首尔"]),
        ("San Jose", ["圣何塞"]),
        ("San Francisco", ["旧金山"]),
        ("Seattle", ["西雅图"]),
        ("Los Angeles", ["洛杉矶"]),
        ("New York", ["纽约"]),
        ("London", ["伦敦"]),
        ("Paris", ["巴黎"]),
        ("Sydney", ["悉尼"]),
        ("Jakarta", ["雅加达"]),
        ("Kuala Lumpur", ["吉隆坡"]),
        ("Bangkok", ["曼谷"]),
        ("Dubai", ["迪拜"]),
    ];

    /// <summary>District or tech-park name (without 区 suffix handling) → canonical city.</summary>
    public static readonly (string City, string[] Districts)[] Districts =
    [
        ("Beijing", ["海淀区", "朝阳区", "东城区", "西城区", "丰台区", "昌平区", "顺义区", "大兴区", "通州区", "石景山区",
            "门头沟区", "房山区", "亦庄", "中关村", "望京", "五道口", "西二旗", "上地", "Haidian", "Chaoyang"]),
        ("Shanghai", ["浦东新区", "浦东", "徐汇区", "闵行区", "长宁区", "静安区", "黄浦区", "杨浦区", "普陀区", "虹口区",
            "宝山区", "嘉定区", "松江区", "青浦区", "张江", "漕河泾", "临港", "Pudong", "Xuhui", "Minhang"]),
        ("Hangzhou", ["余杭区", "西湖区", "滨江区", "上城区", "拱墅区", "萧山区", "临平区", "钱塘区", "未来科技城", "Yuhang", "Binjiang"]),
        ("Shenzhen", ["南山区", "福田区", "罗湖区", "宝安区", "龙岗区", "龙华区", "前海", "Nanshan", "Futian"]),
        ("Guangzhou", ["天河区", "海珠区", "番禺区", "黄埔区", "Tianhe"]),
        ("Chengdu", ["武侯区", "锦江区", "天府新区"]),
    ];

    /// <summary>ATSX (ByteDance / Feishu Hire) location codes seen on the portals.</summary>
    public static readonly Dictionary<string, string> AtsxCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CT_11"] = "Beijing",
        ["CT_125"] = "Shanghai",
        ["CT_128"] = "Shenzhen",
        ["CT_52"] = "Hangzhou",
        ["CT_45"] = "Guangzhou",
        ["CT_22"] = "Chengdu",
        ["CT_163"] = "Singapore",
        ["CT_159"] = "Hong Kong",
    };

    /// <summary>Countries (and "nationwide"), kept as the country when no city is given.</summary>
    public static readonly (string Canonical, string[] Aliases)[] Countries =
    [
        ("China", ["中国", "中国大陆", "全国", "PRC", "Mainland China"]),
        ("United States", ["美国", "USA", "US", "U.S.", "America", "United States of America"]),
        ("United Kingdom", ["英国", "UK", "Britain", "England"]),
        ("Japan", ["日本"]),
        ("South Korea", ["韩国", "Korea"]),
        ("Germany", ["德国"]),
        ("France", ["法国"]),
        ("Canada", ["加拿大"]),
        ("Australia", ["澳大利亚", "澳洲"]),
        ("Indonesia", ["印度尼西亚", "印尼"]),
        ("Malaysia", ["马来西亚"]),
        ("Thailand", ["泰国"]),
        ("United Arab Emirates", ["阿联酋", "UAE"]),
        ("Brazil", ["巴西"]),
        ("Mexico", ["墨西哥"]),
    ];

    /// <summary>Provinces: dropped when the same location also names a city ("杭州, 浙江").</summary>
    public static readonly HashSet<string> Provinces = new(StringComparer.OrdinalIgnoreCase)
    {
        "浙江", "浙江省", "Zhejiang", "广东", "广东省", "Guangdong", "江苏", "江苏省", "Jiangsu", "四川", "四川省", "Sichuan",
        "湖北", "湖北省", "Hubei", "山东", "山东省", "Shandong", "福建", "福建省", "Fujian", "河北", "河北省", "Hebei",
        "陕西", "陕西省", "Shaanxi", "安徽", "安徽省", "Anhui", "湖南", "湖南省", "Hunan", "河南", "河南省", "Henan",
        "California", "CA", "Washington", "WA",
    };
}
