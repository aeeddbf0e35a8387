using System.Text.RegularExpressions;
using Crawler.Model;

namespace Crawler.Analysis.Reporting;

/// <summary>
/// Which postings count as engineering roles for the campus share: the category or the title names
/// 研发, 技术, 算法, 工程, 开发, 研究, Engineer(ing), Developer, Research(er) or Scientist, and the posting is
/// not a go-to-market role (a 售前工程师 or 销售工程师 sells; it is not engineering).
/// </summary>
public static partial class EngineeringRoles
{
    /// <summary>True when the posting is an engineering or research role.</summary>
    public static bool IsEngineering(ObservedPosting posting, string goToMarket) =>
        goToMarket == Analysis.GoToMarket.None
        && (Words().IsMatch(posting.Title) || (posting.Category is { } category && Words().IsMatch(category)));

    [GeneratedRegex(@"研发|技术|算法|工程|开发|研究|engineer|developer|research|scientist", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
