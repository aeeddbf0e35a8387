using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>
/// The text of a Moka job: one <c>jobDescription</c> holding duties and requirements (as on Moka), and its title.
/// </summary>
internal static class MokaPostingText
{
    /// <summary>Duties, then the requirement when there is one; the experience truth is the requirement's.</summary>
    public static (string Text, double? MinYears) Compose(
        Random random, RoleTemplate role, string track, TextLanguage language, IReadOnlyList<AreaTagPhrase> tags, MokaDepartment department, FirmProfile firm)
    {
        var duties = DescriptionText.Create(random, role, language, tags, department.Name, department.EnName)
                     ?? DutiesFallback(role, language);
        var (requirement, minYears) = RequirementText.Create(random, role, track, language, firm);
        var english = language == TextLanguage.English;
        var text = (english ? "Responsibilities:\n" : "岗位职责：\n") + duties;
        if (requirement is not null)
        {
            text += (english ? "\n\nQualifications:\n" : "\n\n任职要求：\n") + requirement;
        }

        return (text, minYears);
    }

    public static string Title(Random random, RoleTemplate role, string track, TextLanguage language, IReadOnlyList<AreaTagPhrase> tags)
    {
        var suffix = tags.Count > 0 && random.Chance(0.5);
        if (language == TextLanguage.English)
        {
            var baseEn = track switch
            {
                "intern" => role.InternTitleEn,
                "campus" => $"{role.TitleEn} (2027 Graduate)",
                _ => role.TitleEn,
            };
            return suffix ? $"{baseEn} - {tags[0].ShortEn}" : baseEn;
        }

        var baseZh = track switch
        {
            "intern" => role.InternTitleZh,
            "campus" => "2027届校招-" + role.TitleZh,
            _ => role.TitleZh,
        };
        return suffix ? $"{baseZh}（{tags[0].ShortZh}）" : baseZh;
    }

    private static string DutiesFallback(RoleTemplate role, TextLanguage language) =>
        language == TextLanguage.English ? "1. " + role.DutyEn : "1、" + role.DutyZh;
}
