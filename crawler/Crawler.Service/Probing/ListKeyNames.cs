using System.Text.RegularExpressions;
using Crawler.Analysis;

namespace Crawler.Probing;

/// <summary>The property names <see cref="ListCallFinder"/> reads a list answer by (the <c>list</c> group).</summary>
/// <param name="Id">An id-like item property.</param>
/// <param name="PostingWord">A word that ranks an id property as the posting's own (<c>jobId</c> before <c>deptId</c>).</param>
/// <param name="Title">A title-like item property.</param>
/// <param name="Total">A total-like number beside the array or in its paging object.</param>
/// <param name="Paging">A paging object that may hold the total.</param>
/// <param name="Ok">A success marker at the root (<c>code</c> 0, <c>status</c> ok).</param>
internal sealed record ListKeyNames(Regex Id, Regex PostingWord, Regex Title, Regex Total, Regex Paging, Regex Ok)
{
    public static ListKeyNames Instance { get; } =
        PatternTable.Read<ListKeyNames>(ProbeKeyNames.Resource, "list", ProbeKeyNames.Options);
}
