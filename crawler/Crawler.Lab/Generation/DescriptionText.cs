namespace Crawler.Lab.Generation;

/// <summary>Writes a description that names the posting's research areas and nothing else that would suggest one.</summary>
internal static class DescriptionText
{
    public static string? Create(Random random, RoleTemplate role, TextLanguage language, IReadOnlyList<AreaTagPhrase> tags, string unitZh, string unitEn)
    {
        // A posting without a description is real, but then the text would not carry its area tags.
        if (random.Chance(0.03) && tags.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        if (language == TextLanguage.English)
        {
            lines.Add($"Join the {unitEn} team to {role.DutyEn}");
            lines.AddRange(tags.Select(t => $"Work on {t.PhraseEn}, from research to production"));
            lines.Add("Collaborate with product and operations teams to reach business goals");
        }
        else
        {
            lines.Add($"负责{unitZh}{role.DutyZh}");
            lines.AddRange(tags.Select(t => $"参与{t.PhraseZh}方向的研发与落地"));
            lines.Add("与产品、运营团队紧密协作，推动业务目标达成");
            if (language == TextLanguage.Mixed)
            {
                lines.Add($"You will {role.DutyEn} with a global team");
            }
        }

        if (random.Chance(0.04))
        {
            lines.Add(random.Pick(TextFragments.Awkward));
        }

        if (random.Chance(0.01))
        {
            lines.Add($"示例输入：{random.Pick(TextFragments.Hostile)}");
        }

        return PostingText.Numbered(lines, language);
    }
}
