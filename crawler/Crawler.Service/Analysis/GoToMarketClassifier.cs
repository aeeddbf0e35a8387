using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>
/// Classifies a posting's go-to-market role: <see cref="GoToMarket.B2BSales"/>, <see cref="GoToMarket.Marketing"/>,
/// <see cref="GoToMarket.OtherGtm"/> or <see cref="GoToMarket.None"/>.
/// </summary>
/// <remarks>
/// The title decides; the portal's category stands in when the title says nothing; the description and
/// requirement only break a tie between classes the title (or category) already names, because almost
/// every AI posting's description mentions 市场 or 客户. Edge cases, decided:
/// <list type="bullet">
/// <item>Specific other-GTM phrases win over the sales word inside them: 售前/Pre-Sales, 销售运营/Sales
/// Operations, 客户成功, Solutions Architect/Engineer, 渠道, 生态合作, 商业化运营.</item>
/// <item>渠道销售 names both sales and channel: a tie, settled by the description, else sales first.</item>
/// <item>运营 alone (产品运营, 内容运营, 社区运营) is not GTM; 用户增长/增长运营 is marketing (growth marketing).</item>
/// <item>Marketing words in an engineering or research title are the product's domain, not the job
/// (增长算法工程师, 广告算法, 营销推荐研发) → none; likewise 销售 in an algorithm/research title.</item>
/// <item>客户经理 counts as enterprise sales (these firms sell to enterprises); 开发者关系/DevRel as marketing.</item>
/// </list>
/// </remarks>
public static partial class GoToMarketClassifier
{
    private static readonly string[] Priority = [GoToMarket.B2BSales, GoToMarket.Marketing, GoToMarket.OtherGtm];

    /// <summary>Classifies from the title, the category and (tie-break only) the description and requirement.</summary>
    public static string Classify(string? title, string? category = null, string? description = null, string? requirement = null)
    {
        var candidates = Candidates(title ?? "");
        if (candidates.Count == 0)
        {
            candidates = Candidates(category ?? "");
        }

        if (candidates.Count <= 1)
        {
            return candidates.Count == 0 ? GoToMarket.None : candidates[0];
        }

        var body = string.Join('\n', description, requirement);
        return candidates
            .OrderByDescending(c => Pattern(c).Count(body))
            .ThenBy(c => Array.IndexOf(Priority, c))
            .First();
    }

    private static List<string> Candidates(string text)
    {
        var result = new List<string>();
        if (text.Length == 0)
        {
            return result;
        }

        var other = OtherWords().IsMatch(text);
        var rest = OtherWords().Replace(text, " ");
        if (SalesWords().IsMatch(rest) && !ResearchWords().IsMatch(text))
        {
            result.Add(GoToMarket.B2BSales);
        }

        if (MarketingWords().IsMatch(rest) && !EngineeringWords().IsMatch(text))
        {
            result.Add(GoToMarket.Marketing);
        }

        if (other)
        {
            result.Add(GoToMarket.OtherGtm);
        }

        return result;
    }

    private static Regex Pattern(string gtm) => gtm switch
    {
        GoToMarket.B2BSales => SalesWords(),
        GoToMarket.Marketing => MarketingWords(),
        _ => OtherWords(),
    };

    [GeneratedRegex(
        @"售前|解决方案(?:架构|专家|工程|顾问)|政府关系|政府事务|公共事务|government\s+(?:relations|affairs)|public\s+(?:affairs|policy)|pre-?\s*sales?|solutions?\s+(?:architect|engineer|consultant)|客户成功|customer\s+success|客户支持|customer\s+support"
        + @"|销售运营|sales\s+op(?:eration)?s|商业化运营|客户运营|商务运营|渠道|channel\s+(?:sales|partner|manager)|partnerships?|partner\s+(?:manager|development)|生态合作|生态伙伴|合作伙伴",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherWords();

    [GeneratedRegex(
        @"销售|(?<![A-Za-z])sales(?![A-Za-z])|(?<![A-Za-z0-9])(?:KA|BD|AE)(?![A-Za-z0-9])|大客户|商务拓展|业务拓展|商务经理|商务总监|商务专家|商务负责人|行业客户|政企|客户经理|客户总监"
        + @"|business\s+development|account\s+(?:executive|manager|director)|enterprise\s+(?:sales|account)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SalesWords();

    [GeneratedRegex(
        @"市场|品牌|营销|公关|媒介|投放|增长|广告|传播|社交媒体|开发者关系|布道|marketing|(?<![A-Za-z0-9])(?:PR|KOL|PMM|DevRel)(?![A-Za-z0-9])|\bbrand|\bgrowth\b|communications|social\s+media|evangelis|developer\s+relations|advertis",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarketingWords();

    [GeneratedRegex(@"算法|研发|开发(?!者关系)|研究|工程师|engineer|developer(?!\s+relations)|scientist|researcher|software|后端|前端", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EngineeringWords();

    [GeneratedRegex(@"算法|研究|scientist|researcher", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResearchWords();
}
