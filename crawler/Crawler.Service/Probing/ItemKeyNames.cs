using System.Text.RegularExpressions;
using Crawler.Analysis;

namespace Crawler.Probing;

/// <summary>The item property names <see cref="ItemFieldGuesser"/> takes for each optional posting field (the <c>item</c> group).</summary>
internal sealed record ItemKeyNames(Regex Description, Regex Requirement, Regex Cities, Regex Category, Regex RecruitType, Regex Published, Regex Link)
{
    public static ItemKeyNames Instance { get; } =
        PatternTable.Read<ItemKeyNames>(ProbeKeyNames.Resource, "item", ProbeKeyNames.Options);
}
