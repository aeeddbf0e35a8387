using Crawler.Model;

namespace Crawler.Analysis;

/// <summary>The go-to-market role classes of the study, as written to <c>DerivedFields.GoToMarket</c>.</summary>
public static class GoToMarket
{
    /// <summary>Enterprise (B2B) sales and business development: 大客户销售, KA, BD, Account Executive.</summary>
    public const string B2BSales = "b2b-sales";

    /// <summary>Marketing: 市场, 品牌, 营销, 公关/PR, growth marketing, developer relations.</summary>
    public const string Marketing = "marketing";

    /// <summary>Other customer-facing commercial roles: 售前/pre-sales, solutions architect, 客户成功, 渠道, partnerships.</summary>
    public const string OtherGtm = "other-gtm";

    /// <summary>Not a go-to-market role.</summary>
    public const string None = "none";
}
