using System.Text.RegularExpressions;
using Crawler.Model;

namespace Crawler.Analysis;

/// <summary>
/// Decides whether a posting is a campus (new-graduate or intern) posting.
/// </summary>
/// <remarks>
/// The portal's own track decides when it states one (Campus and Intern → true, Experienced → false).
/// Only for <see cref="RecruitTrack.Unknown"/> does the text decide: the title, the portal's recruit-type
/// word and the category may use any campus word (校招, 应届, 实习, 届, intern, new grad, campus); the
/// description and requirement only the unambiguous new-graduate words (应届, 2027届, 校招, new grad),
/// because an experienced posting often says "有实习经验" or "internship experience preferred".
/// </remarks>
public static class CampusClassifier
{
    /// <summary>True when the posting is a campus or intern posting.</summary>
    public static bool IsCampus(ObservedPosting posting) =>
        IsCampus(posting.Track, posting.Title, posting.RecruitType, posting.Category, posting.Description, posting.Requirement);

    /// <summary>True when the track says campus/intern, or (track unknown) the text does.</summary>
    public static bool IsCampus(
        RecruitTrack track,
        string? title,
        string? recruitType = null,
        string? category = null,
        string? description = null,
        string? requirement = null) => track switch
        {
            RecruitTrack.Campus or RecruitTrack.Intern => true,
            RecruitTrack.Experienced => false,
            _ => AnyMatch(CampusWords.Instance.Headline, title, recruitType, category)
                || AnyMatch(CampusWords.Instance.Body, description, requirement),
        };

    private static bool AnyMatch(Regex words, params string?[] texts) =>
        texts.Any(t => !string.IsNullOrEmpty(t) && words.IsMatch(t));
}
