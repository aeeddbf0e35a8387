using Crawler.Lab.Generation;

namespace Crawler.Lab.Alibaba;

/// <summary>
/// Makes the postings of one Alibaba-family site from the shared building blocks (roles, requirement and
/// description text with their experience truth, area tags). Deterministic from the <see cref="Random"/> passed in.
/// </summary>
internal sealed class AlibabaPostingGenerator(AlibabaSiteSpec spec, int siteIndex) : ISerialPostingGenerator<AlibabaPost>
{
    private static readonly string[] Cities = ["杭州", "北京", "上海", "深圳", "广州", "成都", "南京", "武汉"];
    private static readonly int[] CityWeights = [47, 33, 17, 1, 1, 1, 0, 0];
    private static readonly int[] CityCountWeights = [72, 20, 8];
    private static readonly int[] LanguageWeights = [70, 15, 15];
    private static readonly string[] Degrees = ["bachelor", "master", "doctorate", "college"];
    private static readonly int[] DegreeWeights = [60, 28, 8, 4];

    private static readonly FirmProfile Firm = FirmProfiles.For("Alibaba");
    private readonly IReadOnlyList<int> roleWeights = Firm.RoleWeights(spec.IsCampus);

    public AlibabaPost Create(long serial, Random random, DateTimeOffset publishedAt)
    {
        var role = RoleCatalog.Roles[random.Weighted(roleWeights)];
        var batch = spec.IsCampus ? random.Pick(spec.Batches) : null;
        var track = batch is null ? "experienced" : batch.CategoryType == "internship" ? "intern" : "campus";
        var language = (TextLanguage)random.Weighted(LanguageWeights);
        var tags = AreaTagPhrase.Draw(random, role, Firm);
        var (requirement, minYears) = RequirementText.Create(random, role, track, language, Firm);
        var cities = PickCities(random);
        var leaf = AlibabaCategories.LeafOf(role);
        var id = 100_000_000_000L + (siteIndex * 100_000_000L) + (serial * 10) + 1;
        var posting = new LabPosting
        {
            Id = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Code = $"GP{id}",
            Title = Title(random, role, track, language, cities),
            Description = DescriptionText.Create(random, role, language, tags, spec.Brand, spec.Brand),
            Requirement = requirement,
            Cities = cities,
            CityCodes = cities,
            CategoryId = leaf.Id,
            CategoryPath = $"{AlibabaCategories.Get(leaf.ParentId!).Name} / {leaf.Name}",
            Track = track,
            RecruitTypeName = batch?.Name ?? "社会招聘",
            PublishedAt = publishedAt,
            Truth = PostingTruth.Of(minYears, track, tags, role),
        };

        return new AlibabaPost
        {
            Posting = posting,
            Role = role,
            Language = language,
            NumericId = id,
            Leaf = leaf,
            CategoryType = batch?.CategoryType,
            Batch = batch,
            ExperienceFrom = minYears is { } years && track == "experienced" ? (int)years : null,
            Degree = Degrees[random.Weighted(DegreeWeights)],
            ModifiedAt = publishedAt + TimeSpan.FromSeconds(1),
        };
    }

    /// <summary>A real business change to the title: a marker added or dropped.</summary>
    public AlibabaPost EditTitle(AlibabaPost post, DateTimeOffset at)
    {
        return post with { Posting = post.Posting with { Title = TitleMarker.ToggleSuffix(post.Posting.Title, "（急招）") }, ModifiedAt = at };
    }

    /// <summary>A rewritten requirement; the truth and <c>experience.from</c> follow what it now states.</summary>
    public AlibabaPost EditRequirement(AlibabaPost post, Random random, DateTimeOffset at)
    {
        if (RequirementText.Rewrite(random, post, Firm) is not { } posting)
        {
            return EditTitle(post, at);
        }

        var from = posting.Truth.MinYearsExperience is { } y && posting.Track == "experienced" ? (int)y : (int?)null;
        return post with { Posting = posting, ExperienceFrom = from, ModifiedAt = at };
    }

    /// <summary>The posting moved to a different set of cities.</summary>
    public AlibabaPost EditCities(AlibabaPost post, Random random, DateTimeOffset at)
    {
        return random.TryRedraw(PickCities, cities => !cities.SequenceEqual(post.Posting.Cities), out var moved)
            ? post with { Posting = post.Posting with { Cities = moved, CityCodes = moved }, ModifiedAt = at }
            : EditTitle(post, at);
    }

    private string Title(Random random, RoleTemplate role, string track, TextLanguage language, IReadOnlyList<string> cities)
    {
        var suffix = spec.Teams.Count > 0 && role.Technical ? random.Pick(spec.Teams) : string.Join('/', cities);
        if (language == TextLanguage.English)
        {
            var en = track == "intern" ? role.InternTitleEn : role.TitleEn;
            return $"{spec.Brand}-{en}-{suffix}";
        }

        var zh = track switch
        {
            "intern" => role.InternTitleZh,
            "campus" => "2027届" + role.TitleZh,
            _ => random.Chance(0.3) ? role.TitleZh.Replace("工程师", "专家", StringComparison.Ordinal) : role.TitleZh,
        };
        return $"{spec.Brand}-{zh}-{suffix}";
    }

    private static string[] PickCities(Random random)
    {
        var picked = random.WeightedDistinct(CityWeights, random.Weighted(CityCountWeights) + 1, index => index);

        // The real sites list a posting's cities in a fixed order, not in the order they were chosen.
        return [.. picked.Order().Select(i => Cities[i])];
    }
}
