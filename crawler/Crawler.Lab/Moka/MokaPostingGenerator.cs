using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>
/// Makes the jobs of one Moka site from the shared building blocks (roles, experience phrasing, area tags).
/// Duties and requirements share one HTML <c>jobDescription</c>, as on Moka; the truth's
/// <see cref="LabPosting.Description"/> is that HTML's plain text and <see cref="LabPosting.Requirement"/> is null.
/// </summary>
internal sealed class MokaPostingGenerator(MokaSiteSpec spec)
{
    private static readonly int[] LanguageWeights = [60, 20, 20];
    private static readonly int[] CityCountWeights = [80, 15, 5];
    private readonly int[] cityWeights = spec.Company switch
    {
        "DeepSeek" => [60, 5, 35, 0, 0, 0],
        "Moonshot" => [55, 40, 0, 3, 0, 2],
        _ => [75, 10, 5, 3, 5, 2],
    };

    private readonly IReadOnlyList<MokaDepartment> departments = MokaDepartment.ForCompany(spec.Company, spec.FixedDeptId);

    public MokaPost Create(Random random, DateTimeOffset publishedAt, bool withoutDescription)
    {
        var roleIndex = random.Weighted(RoleCatalog.Weights);
        var role = RoleCatalog.Roles[roleIndex];
        var track = spec.IsCampusSite ? (random.Chance(0.45) ? "intern" : "campus") : "experienced";
        var language = (TextLanguage)random.Weighted(LanguageWeights);
        var department = random.Pick(departments);
        var tags = withoutDescription ? [] : AreaTagPhrase.Draw(random, role, 0.10, 0.45);
        var (text, minYears) = Text(random, role, track, language, tags, department);
        var commitment = track == "intern" ? "实习" : track == "experienced" && random.Chance(0.03) ? "兼职" : "全职";
        var locations = PickLocations(random);
        var published = new DateTimeOffset(publishedAt.Year, publishedAt.Month, publishedAt.Day, publishedAt.Hour, publishedAt.Minute, publishedAt.Second, TimeSpan.FromHours(8));
        var posting = new LabPosting
        {
            Id = Uuid(random),
            Code = "",
            Title = Title(random, role, track, language, tags),
            Description = withoutDescription ? null : text,
            Requirement = null,
            Cities = [.. locations.Select(l => l.TruthName).Distinct()],
            CityCodes = [.. locations.Select(l => l.TruthCode).Distinct()],
            CategoryId = (100_000 + roleIndex).ToString(System.Globalization.CultureInfo.InvariantCulture),
            CategoryPath = role.LeafName,
            Track = track,
            RecruitTypeName = commitment,
            PublishedAt = published,
            PortalStatus = "open",
            Truth = new LabTruth(withoutDescription && track == "experienced" ? null : minYears, track != "experienced",
                [.. tags.Select(t => t.Tag).Order(StringComparer.Ordinal)], role.GoToMarket),
        };

        string? html = null;
        if (posting.Description is { } description)
        {
            html = MokaHtml.FromText(description, random.Chance(0.3));
        }
        else if (random.Chance(0.5))
        {
            html = MokaHtml.EmptyParagraph;
        }

        return new MokaPost
        {
            Posting = posting with { Code = posting.Id },
            Role = role,
            Language = language,
            ZhinengId = 100_000 + roleIndex,
            DescriptionHtml = html,
            Locations = locations,
            Department = department,
            CreatedAt = published - TimeSpan.FromHours(random.Next(1, 240)),
            UpdatedAt = published + TimeSpan.FromMinutes(random.Next(0, 600)),
            Prior = random.Chance(0.05),
        };
    }

    /// <summary>A real change to the title: seniority or urgency added or dropped.</summary>
    public static MokaPost EditTitle(MokaPost post, DateTimeOffset at)
    {
        var marker = post.Language == TextLanguage.English ? " (Urgent)" : "（急招）";
        var title = post.Posting.Title;
        var edited = title.EndsWith(marker, StringComparison.Ordinal) ? title[..^marker.Length] : title + marker;
        return post with { Posting = post.Posting with { Title = edited }, UpdatedAt = at };
    }

    /// <summary>The description rewritten; the truth follows the experience it now states.</summary>
    public MokaPost EditDescription(MokaPost post, Random random, DateTimeOffset at)
    {
        var department = post.Department;
        var tags = AreaTagPhrase.All.Where(t => post.Posting.Truth.AreaTags.Contains(t.Tag)).ToList();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var (text, minYears) = Text(random, post.Role, post.Posting.Track, post.Language, tags, department);
            if (text != post.Posting.Description)
            {
                var truth = post.Posting.Truth with { MinYearsExperience = minYears };
                return post with
                {
                    Posting = post.Posting with { Description = text, Truth = truth },
                    DescriptionHtml = MokaHtml.FromText(text, random.Chance(0.3)),
                    UpdatedAt = at,
                };
            }
        }

        return EditTitle(post, at);
    }

    /// <summary>The job moved to another set of cities.</summary>
    public MokaPost EditCities(MokaPost post, Random random, DateTimeOffset at)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var locations = PickLocations(random);
            var names = locations.Select(l => l.TruthName).Distinct().ToArray();
            if (!names.SequenceEqual(post.Posting.Cities))
            {
                var codes = locations.Select(l => l.TruthCode).Distinct().ToArray();
                return post with { Locations = locations, Posting = post.Posting with { Cities = names, CityCodes = codes }, UpdatedAt = at };
            }
        }

        return EditTitle(post, at);
    }

    /// <summary>Recruiting paused or resumed: <c>open</c> ↔ <c>pause</c>. A paused job stays listed.</summary>
    public static MokaPost ToggleStatus(MokaPost post, DateTimeOffset at) =>
        post with { Posting = post.Posting with { PortalStatus = post.Posting.PortalStatus == "pause" ? "open" : "pause" }, UpdatedAt = at };

    private static (string Text, double? MinYears) Text(
        Random random, RoleTemplate role, string track, TextLanguage language, IReadOnlyList<AreaTagPhrase> tags, MokaDepartment department)
    {
        var duties = DescriptionText.Create(random, role, language, tags, department.Name, department.EnName)
                     ?? DutiesFallback(role, language);
        var (requirement, minYears) = RequirementText.Create(random, role, track, language);
        var english = language == TextLanguage.English;
        var text = (english ? "Responsibilities:\n" : "岗位职责：\n") + duties;
        if (requirement is not null)
        {
            text += (english ? "\n\nQualifications:\n" : "\n\n任职要求：\n") + requirement;
        }

        return (text, minYears);
    }

    private static string DutiesFallback(RoleTemplate role, TextLanguage language) =>
        language == TextLanguage.English ? "1. " + role.DutyEn : "1、" + role.DutyZh;

    private static string Title(Random random, RoleTemplate role, string track, TextLanguage language, IReadOnlyList<AreaTagPhrase> tags)
    {
        var suffix = tags.Count > 0 && random.Chance(0.5);
        if (language == TextLanguage.English)
        {
            var baseEn = track switch
            {
                "intern" => $"{role.TitleEn} Intern",
                "campus" => $"{role.TitleEn} (2027 Graduate)",
                _ => role.TitleEn,
            };
            return suffix ? $"{baseEn} - {tags[0].ShortEn}" : baseEn;
        }

        var baseZh = track switch
        {
            "intern" => role.TitleZh.EndsWith("工程师", StringComparison.Ordinal) ? role.TitleZh[..^3] + "实习生" : role.TitleZh + "实习生",
            "campus" => "2027届校招-" + role.TitleZh,
            _ => role.TitleZh,
        };
        return suffix ? $"{baseZh}（{tags[0].ShortZh}）" : baseZh;
    }

    private MokaLocation[] PickLocations(Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.04)
        {
            return [];
        }

        if (roll < 0.07)
        {
            return [MokaLocation.ChinaOnly];
        }

        var count = random.Weighted(CityCountWeights) + 1;
        var weights = (int[])cityWeights.Clone();
        var picked = new List<MokaLocation>(count);
        while (picked.Count < count && weights.Any(w => w > 0))
        {
            var index = random.Weighted(weights);
            weights[index] = 0;
            var city = MokaLocation.Cities[index];
            picked.Add(city == MokaLocation.Beijing && random.Chance(0.15) ? MokaLocation.Haidian : city);
        }

        return [.. picked];
    }

    private static string Uuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return Convert.ToHexStringLower(bytes).Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
    }
}
