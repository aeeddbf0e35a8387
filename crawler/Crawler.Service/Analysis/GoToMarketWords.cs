using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>The words <see cref="GoToMarketClassifier"/> reads: the <c>goToMarket</c> group of <c>Analysis/word-lists.json</c>.</summary>
/// <param name="Other">Other go-to-market phrases, which win over the sales word inside them (售前, 销售运营, 渠道, Solutions Architect).</param>
/// <param name="Sales">Enterprise sales (销售, BD, KA, 客户经理, account executive).</param>
/// <param name="Marketing">Marketing, brand, PR, growth and developer relations.</param>
/// <param name="Engineering">An engineering or research title, in which marketing words name the product's domain.</param>
/// <param name="Research">An algorithm or research title, in which sales words name the product's domain.</param>
internal sealed record GoToMarketWords(Regex Other, Regex Sales, Regex Marketing, Regex Engineering, Regex Research)
{
    public static GoToMarketWords Instance { get; } =
        PatternTable.Read<GoToMarketWords>(WordLists.Resource, "goToMarket", WordLists.Options);
}
