namespace Crawler.Lab.Generation;

/// <summary>Writes a requirement and knows the experience it states.</summary>
internal static class RequirementText
{
    /// <summary>
    /// The posting with a requirement other than its own, the truth following the experience the new one states;
    /// null when ten draws all came out as before (the caller then edits something else).
    /// </summary>
    public static LabPosting? Rewrite(Random random, LabPost post, FirmProfile firm)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var (text, minYears) = Create(random, post.Role, post.Posting.Track, post.Language, firm);
            if (text != post.Posting.Requirement)
            {
                return post.Posting with { Requirement = text, Truth = post.Posting.Truth with { MinYearsExperience = minYears } };
            }
        }

        return null;
    }

    /// <summary>The requirement (null about one time in twenty) and its true minimum years.</summary>
    public static (string? Text, double? MinYears) Create(Random random, RoleTemplate role, string track, TextLanguage language, FirmProfile firm)
    {
        var campus = track != "experienced";
        var experience = campus ? Campus(random, track == "intern", language) : Experienced(random, role, language, firm);
        if (random.Chance(0.05))
        {
            return (null, campus ? 0 : null);
        }

        var zh = language != TextLanguage.English;
        var lines = new List<string> { zh ? "本科及以上学历，计算机、数学或相关专业" : "Bachelor's degree or above in computer science or a related field" };
        lines.AddRange(experience.Lines);
        lines.Add(zh ? random.Pick(TextFragments.SkillsZh) : random.Pick(TextFragments.SkillsEn));
        if (random.Chance(0.6))
        {
            lines.Add(zh ? random.Pick(TextFragments.DistractorsZh) : random.Pick(TextFragments.DistractorsEn));
        }

        if (random.Chance(0.04))
        {
            lines.Add(random.Pick(TextFragments.Awkward));
        }

        if (random.Chance(0.005))
        {
            lines.Add(random.Pick(TextFragments.Hostile));
        }

        return (PostingText.Numbered(lines, language), experience.MinYears);
    }

    private static ExperienceLines Campus(Random random, bool intern, TextLanguage language) => language switch
    {
        TextLanguage.English => new([ExperiencePhrases.CampusEn(random, intern)], 0),
        TextLanguage.Mixed => new([ExperiencePhrases.CampusZh(random, intern), ExperiencePhrases.CampusEn(random, intern)], 0),
        _ => new([ExperiencePhrases.CampusZh(random, intern)], 0),
    };

    /// <summary>A figure with <see cref="FirmProfile.StatesYears"/>, "none required" with <see cref="FirmProfile.StatesNone"/>, else no line about experience.</summary>
    private static ExperienceLines Experienced(Random random, RoleTemplate role, TextLanguage language, FirmProfile firm)
    {
        var fieldZh = role.LeafName;
        var fieldEn = role.Technical ? "software or machine learning engineering" : "a similar role";
        var roll = random.NextDouble();
        if (roll < firm.StatesYears)
        {
            var years = ExperiencePhrases.Years(random);
            var englishYears = random.Chance(0.5) ? years : ExperiencePhrases.Years(random);
            return language switch
            {
                TextLanguage.English => new([ExperiencePhrases.English(random, years, fieldEn)], years),
                // Both languages state a figure: the Chinese one is the truth.
                TextLanguage.Mixed => new([ExperiencePhrases.Chinese(random, years, fieldZh), ExperiencePhrases.English(random, englishYears, fieldEn)], years),
                _ => new([ExperiencePhrases.Chinese(random, years, fieldZh)], years),
            };
        }

        if (roll < firm.StatesYears + firm.StatesNone)
        {
            return language switch
            {
                TextLanguage.English => new([ExperiencePhrases.EnglishUnlimited(random)], 0),
                TextLanguage.Mixed => new([ExperiencePhrases.ChineseUnlimited(random), ExperiencePhrases.EnglishUnlimited(random)], 0),
                _ => new([ExperiencePhrases.ChineseUnlimited(random)], 0),
            };
        }

        return new([], null);
    }

    private sealed record ExperienceLines(IReadOnlyList<string> Lines, double? MinYears);
}
