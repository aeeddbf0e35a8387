using Crawler.Lab.Atsx;

namespace Crawler.Lab.Generation;

/// <summary>
/// Makes the postings of one site. Every value comes from the <see cref="Random"/> the caller passes,
/// so the same seed gives the same postings in any process.
/// </summary>
internal sealed class PostingGenerator(AtsxSiteSpec spec, int siteIndex) : ISerialPostingGenerator<AtsxPost>
{
    /// <summary>The study's snapshot date; generated postings were published in the year before it.</summary>
    public static readonly DateTimeOffset Snapshot = new(2026, 6, 23, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly int[] CityCountWeights = [70, 18, 8, 4];
    private static readonly int[] ByteDanceCityWeights = [66, 14, 2, 10, 1, 1, 1, 1];
    private static readonly int[] MiniMaxCityWeights = [35, 57, 1, 2, 1, 0, 2, 2];
    private static readonly int[] LanguageWeights = [60, 20, 20];

    private readonly int[] cityWeights = spec.Company == "MiniMax" ? MiniMaxCityWeights : ByteDanceCityWeights;
    private readonly IReadOnlyList<AtsxDepartment> departments = AtsxDepartment.ForCompany(spec.Company);
    private readonly FirmProfile firm = FirmProfiles.For(spec.Company);
    private readonly IReadOnlyList<int> roleWeights = FirmProfiles.For(spec.Company).RoleWeights(spec.IsCampusSite);

    public AtsxPost Create(long serial, Random random, DateTimeOffset publishedAt)
    {
        var role = RoleCatalog.Roles[random.Weighted(roleWeights)];
        var track = spec.IsCampusSite ? (random.Chance(0.45) ? "intern" : "campus") : "experienced";
        var language = (TextLanguage)random.Weighted(LanguageWeights);
        var department = random.Pick(departments);
        var tags = AreaTagPhrase.Draw(random, role, firm);
        var (requirement, minYears) = RequirementText.Create(random, role, track, language, firm);
        var cityCodes = PickCities(random);
        var leaf = AtsxCategoryTree.Leaf(role.RootName, role.LeafName);
        var recruitType = AtsxRecruitType.ForTrack(track);
        var posting = new LabPosting
        {
            Id = SnowflakeId(publishedAt, serial),
            Code = $"{(spec.Company == "MiniMax" ? "J" : "A")}{100000 + serial}",
            Title = Title(random, role, track, language, department, tags),
            Description = DescriptionText.Create(random, role, language, tags, department.Name, department.EnName),
            Requirement = requirement,
            Cities = [.. cityCodes.Select(c => AtsxCity.Get(c).Name)],
            CityCodes = cityCodes,
            CategoryId = leaf.Id,
            CategoryPath = AtsxCategoryTree.PathOf(leaf),
            Track = track,
            RecruitTypeName = recruitType.Name,
            PublishedAt = publishedAt,
            Truth = PostingTruth.Of(minYears, track, tags, role),
        };

        return new AtsxPost
        {
            Posting = posting,
            Role = role,
            Language = language,
            RecruitType = recruitType,
            Subject = spec.Subjects.Count > 0 && random.Chance(0.85) ? random.Pick(spec.Subjects) : null,
            Department = department,
            HotFlag = random.Chance(0.1) ? 1 : 0,
            HasCityInfo = random.Chance(0.9),
        };
    }

    /// <summary>A real business change to the title: seniority or urgency added or dropped (ATSX shows no modify time: <paramref name="at"/> is not used).</summary>
    public AtsxPost EditTitle(AtsxPost post, DateTimeOffset at)
    {
        var english = post.Language == TextLanguage.English;
        var experienced = post.Posting.Track == "experienced";
        var (marker, prefix) = (english, experienced) switch
        {
            (true, true) => ("Senior ", true),
            (false, true) => ("资深", true),
            (true, false) => (" (Urgent)", false),
            (false, false) => ("（急招）", false),
        };
        var title = post.Posting.Title;
        var edited = prefix ? TitleMarker.TogglePrefix(title, marker) : TitleMarker.ToggleSuffix(title, marker);
        return post with { Posting = post.Posting with { Title = edited } };
    }

    /// <summary>A rewritten requirement; the truth follows the experience it now states.</summary>
    public AtsxPost EditRequirement(AtsxPost post, Random random, DateTimeOffset at) =>
        RequirementText.Rewrite(random, post, firm) is { } posting ? post with { Posting = posting } : EditTitle(post, at);

    /// <summary>The posting moved to a different set of cities.</summary>
    public AtsxPost EditCities(AtsxPost post, Random random, DateTimeOffset at)
    {
        return random.TryRedraw(PickCities, codes => !codes.SequenceEqual(post.Posting.CityCodes), out var moved)
            ? post with { Posting = post.Posting with { CityCodes = moved, Cities = [.. moved.Select(c => AtsxCity.Get(c).Name)] } }
            : EditTitle(post, at);
    }

    /// <summary>A 19-digit id shaped like ATSX's snowflakes: publish time in the high bits, site and serial below.</summary>
    private string SnowflakeId(DateTimeOffset publishedAt, long serial)
    {
        var millis = publishedAt.ToUnixTimeMilliseconds() - 1_288_834_974_657L;
        return (5_000_000_000_000_000_000L + (millis << 22) + ((long)siteIndex << 20) + (serial & 0xF_FFFF)).ToString();
    }

    private static string Title(Random random, RoleTemplate role, string track, TextLanguage language, AtsxDepartment department, IReadOnlyList<AreaTagPhrase> tags)
    {
        var tagSuffix = tags.Count > 0 && role.Technical && random.Chance(0.4);
        if (language == TextLanguage.English)
        {
            var baseEn = track switch
            {
                "intern" => role.InternTitleEn,
                "campus" when random.Chance(0.5) => $"{role.TitleEn} (Graduate)",
                _ => role.TitleEn,
            };
            return $"{baseEn} - {(tagSuffix ? tags[0].ShortEn : department.EnName)}";
        }

        var baseZh = track switch
        {
            "intern" => role.InternTitleZh,
            "campus" when random.Chance(0.3) => "2027届" + role.TitleZh,
            _ => role.TitleZh,
        };
        return $"{baseZh}-{(tagSuffix ? tags[0].ShortZh : department.Name)}";
    }

    private string[] PickCities(Random random)
    {
        return [.. random.WeightedDistinct(cityWeights, random.Weighted(CityCountWeights) + 1, index => AtsxCity.All[index].Code)];
    }
}
