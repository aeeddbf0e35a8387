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
public static class GoToMarketClassifier
{
    private static readonly GoToMarketWords Words = GoToMarketWords.Instance;
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

        var other = Words.Other.IsMatch(text);
        var rest = Words.Other.Replace(text, " ");
        if (Words.Sales.IsMatch(rest) && !Words.Research.IsMatch(text))
        {
            result.Add(GoToMarket.B2BSales);
        }

        if (Words.Marketing.IsMatch(rest) && !Words.Engineering.IsMatch(text))
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
        GoToMarket.B2BSales => Words.Sales,
        GoToMarket.Marketing => Words.Marketing,
        _ => Words.Other,
    };
}
