using Crawler.Lab.Generation;

namespace Crawler.Lab.Moka;

/// <summary>
/// Makes the jobs of one Moka site from the shared building blocks (roles, experience phrasing, area tags) and the firm's profile.
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
        "Moonshot" => [85, 12, 0, 2, 0, 1],
        _ => [84, 10, 3, 1, 1, 1],
    };

    private static readonly int SalesRole = RoleCatalog.Roles.ToList().FindIndex(r => r.GoToMarket == "b2b-sales");

    private readonly IReadOnlyList<MokaDepartment> departments = MokaDepartment.ForCompany(spec.Company, spec.FixedDeptId);
    private readonly FirmProfile firm = FirmProfiles.For(spec.Company);
    private readonly IReadOnlyList<int> roleWeights = FirmProfiles.For(spec.Company).RoleWeights(spec.IsCampusSite);

    /// <summary>The firm's shape (areas, go-to-market, experience) the jobs follow.</summary>
    public FirmProfile Firm => firm;

    /// <summary>One job, every value drawn from <paramref name="random"/>.</summary>
    /// <param name="random">The site's generator.</param>
    /// <param name="publishedAt">When the job was published.</param>
    /// <param name="withoutDescription">A job with no description at all (Zhipu campus).</param>
    /// <param name="sales">A B2B sales job whatever the draw (DeepSeek's one sales posting).</param>
    public MokaPost Create(Random random, DateTimeOffset publishedAt, bool withoutDescription, bool sales = false)
    {
        // Drawn even for the placed sales job, so placing it leaves every other job as it was.
        var drawn = random.Weighted(roleWeights);
        var roleIndex = sales ? SalesRole : drawn;
        var role = RoleCatalog.Roles[roleIndex];
        var track = spec.IsCampusSite ? (random.Chance(0.45) ? "intern" : "campus") : "experienced";
        var language = (TextLanguage)random.Weighted(LanguageWeights);
        var department = random.Pick(departments);
        var tags = withoutDescription ? [] : AreaTagPhrase.Draw(random, role, firm);
        var (text, minYears) = MokaPostingText.Compose(random, role, track, language, tags, department, firm);
        var commitment = track == "intern" ? "实习" : track == "experienced" && random.Chance(0.03) ? "兼职" : "全职";
        var locations = PickLocations(random);
        var published = new DateTimeOffset(publishedAt.Year, publishedAt.Month, publishedAt.Day, publishedAt.Hour, publishedAt.Minute, publishedAt.Second, TimeSpan.FromHours(8));
        var posting = new LabPosting
        {
            Id = Uuid(random),
            Code = "",
            Title = MokaPostingText.Title(random, role, track, language, tags),
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
            Truth = PostingTruth.Of(withoutDescription && track == "experienced" ? null : minYears, track, tags, role),
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
        return post with { Posting = post.Posting with { Title = TitleMarker.ToggleSuffix(post.Posting.Title, marker) }, UpdatedAt = at };
    }

    /// <summary>The description rewritten; the truth follows the experience it now states.</summary>
    public MokaPost EditDescription(MokaPost post, Random random, DateTimeOffset at)
    {
        var department = post.Department;
        var tags = AreaTagPhrase.All.Where(t => post.Posting.Truth.AreaTags.Contains(t.Tag)).ToList();
        if (!random.TryRedraw(
                r => MokaPostingText.Compose(r, post.Role, post.Posting.Track, post.Language, tags, department, firm),
                composed => composed.Text != post.Posting.Description,
                out var rewritten))
        {
            return EditTitle(post, at);
        }

        var truth = post.Posting.Truth with { MinYearsExperience = rewritten.MinYears };
        return post with
        {
            Posting = post.Posting with { Description = rewritten.Text, Truth = truth },
            DescriptionHtml = MokaHtml.FromText(rewritten.Text, random.Chance(0.3)),
            UpdatedAt = at,
        };
    }

    /// <summary>The job moved to another set of cities.</summary>
    public MokaPost EditCities(MokaPost post, Random random, DateTimeOffset at)
    {
        if (!random.TryRedraw(PickLocations, locations => !locations.Select(l => l.TruthName).Distinct().SequenceEqual(post.Posting.Cities), out var moved))
        {
            return EditTitle(post, at);
        }

        var names = moved.Select(l => l.TruthName).Distinct().ToArray();
        var codes = moved.Select(l => l.TruthCode).Distinct().ToArray();
        return post with { Locations = moved, Posting = post.Posting with { Cities = names, CityCodes = codes }, UpdatedAt = at };
    }

    /// <summary>Recruiting paused or resumed: <c>open</c> ↔ <c>pause</c>. A paused job stays listed.</summary>
    public static MokaPost ToggleStatus(MokaPost post, DateTimeOffset at) =>
        post with { Posting = post.Posting with { PortalStatus = post.Posting.PortalStatus == "pause" ? "open" : "pause" }, UpdatedAt = at };

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

        // A Beijing job names the district now and then, drawn right after the city.
        return [.. random.WeightedDistinct(cityWeights, random.Weighted(CityCountWeights) + 1, index =>
        {
            var city = MokaLocation.Cities[index];
            return city == MokaLocation.Beijing && random.Chance(0.15) ? MokaLocation.Haidian : city;
        })];
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
