using System.Globalization;
using System.Text.RegularExpressions;
using Crawler.Model;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// The typed view of a declarative source's flat <c>settings</c> (keys documented in docs/declarative.md).
/// Built only from settings that <see cref="DeclarativeSettingsValidator"/> accepted.
/// </summary>
public sealed record DeclarativeSettings
{
    public required DeclarativeMode Mode { get; init; }
    public string? ApiUrlContains { get; init; }
    public string? ApiMethod { get; init; }
    public JsonDotPath? ApiItems { get; init; }
    public JsonDotPath? ApiTotal { get; init; }
    public JsonDotPath? ApiOk { get; init; }
    public string? ApiOkValue { get; init; }
    /// <summary>Field name to JSON path (API mode).</summary>
    public IReadOnlyDictionary<string, JsonDotPath> ApiFields { get; init; } = new Dictionary<string, JsonDotPath>();
    public string? DomItem { get; init; }
    /// <summary>Field name to selector spec (DOM mode list cards).</summary>
    public IReadOnlyDictionary<string, SelectorSpec> DomFields { get; init; } = new Dictionary<string, SelectorSpec>();
    public string? DomEnd { get; init; }
    public string? DomError { get; init; }
    public string? DomRetry { get; init; }
    public string? DomTotal { get; init; }
    public NextKind Next { get; init; }
    public string? NextParam { get; init; }
    public int NextStart { get; init; } = 1;
    public int NextStep { get; init; } = 1;
    public string? NextSelector { get; init; }
    /// <summary>How long to wait for more items after a scroll before calling the list exhausted.</summary>
    public TimeSpan NextIdle { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Whether a click or scroll listing may fetch later pages by replaying the page's own list call (<c>next.replay</c>: auto, off).</summary>
    public bool NextReplay { get; init; } = true;

    public int MaxPages { get; init; } = 500;
    public required DetailKind Detail { get; init; }
    public string? DetailSelector { get; init; }
    public string? DetailUrlTemplate { get; init; }
    public Regex? DetailIdFromUrl { get; init; }
    /// <summary>Where the id is in the JSON answer an opened card's detail fetched (the answer carrying the card's title); null: not read there.</summary>
    public JsonDotPath? DetailIdFromAnswer { get; init; }
    /// <summary>Refinement of the detail proof (required for click cards); null: the listed title and the detail answer prove it.</summary>
    public string? DetailReady { get; init; }
    /// <summary>Element the snapshot keeps; null: the element holding the title and the bulk of the text.</summary>
    public string? DetailContent { get; init; }
    public DetailNavigation DetailNavigation { get; init; }
    public string? DetailBack { get; init; }
    /// <summary>Field name to selector inside the detail view (click mode: read while the card is open).</summary>
    public IReadOnlyDictionary<string, SelectorSpec> DetailFields { get; init; } = new Dictionary<string, SelectorSpec>();
    /// <summary>Part of the detail answer's URL, <c>{id}</c> replaced (API mode); null: no detail-only fields.</summary>
    public string? DetailApiUrlContains { get; init; }
    /// <summary>GET (default) or POST: how the detail answer is asked for, and replayed when revalidated.</summary>
    public string DetailApiMethod { get; init; } = "GET";
    /// <summary>The POST body with <c>{id}</c> replaced; null for GET.</summary>
    public string? DetailApiBody { get; init; }
    public string DetailApiContentType { get; init; } = "application/json";
    public JsonDotPath? DetailApiOk { get; init; }
    public string? DetailApiOkValue { get; init; }
    /// <summary>Field name to JSON path in the detail answer (<c>detail.api.field.*</c>).</summary>
    public IReadOnlyDictionary<string, JsonDotPath> DetailApiFields { get; init; } = new Dictionary<string, JsonDotPath>();
    /// <summary>Share of unchanged postings whose detail answer is read again per run (<c>detail.revalidate.share</c>, default 0.1).</summary>
    public double RevalidateShare { get; init; } = 0.1;
    /// <summary>Recruit-type value (case-insensitive) to track.</summary>
    public IReadOnlyDictionary<string, RecruitTrack> Tracks { get; init; } = new Dictionary<string, RecruitTrack>();
    public bool CompleteWhenExhausted { get; init; }
    /// <summary>Characters that separate several cities in one value (<c>*.field.cities.split</c>); empty: every value is one city.</summary>
    public IReadOnlyList<char> CitySeparators { get; init; } = [];

    /// <summary>The source's settings, parsed once (at load for a catalog source); throws <see cref="InvalidOperationException"/> naming the source when they are invalid.</summary>
    public static DeclarativeSettings From(SourceDefinition source) => SourceSettings.Of(source, DeclarativeSettingsValidator.Read);

    /// <summary>Builds the typed view of settings that <see cref="DeclarativeSettingsValidator"/> accepted.</summary>
    internal static DeclarativeSettings Build(IReadOnlyDictionary<string, string> s)
    {
        var values = new DeclarativeValues(s);
        IReadOnlyDictionary<string, T> Fields<T>(string prefix, Func<string, T> parse) => DeclarativeFields.All
            .Where(f => values.Get(prefix + f) is not null).ToDictionary(f => f, f => parse(values.Get(prefix + f)!));

        return new DeclarativeSettings
        {
            Mode = DeclarativeSettingsValidator.ParseEnum<DeclarativeMode>(values.Get(DeclarativeKeys.Mode))!.Value,
            ApiUrlContains = values.Get(DeclarativeKeys.ApiUrlContains),
            ApiMethod = values.Get(DeclarativeKeys.ApiMethod)?.ToUpperInvariant(),
            ApiItems = values.Path(DeclarativeKeys.ApiItemsPath),
            ApiTotal = values.Path(DeclarativeKeys.ApiTotalPath),
            ApiOk = values.Path(DeclarativeKeys.ApiOkPath),
            ApiOkValue = values.Get(DeclarativeKeys.ApiOkValue),
            ApiFields = Fields(DeclarativeKeys.ApiFieldPrefix, JsonDotPath.Parse),
            DomItem = values.Get(DeclarativeKeys.DomItem),
            DomFields = Fields(DeclarativeKeys.DomFieldPrefix, SelectorSpec.Parse),
            DomEnd = values.Get(DeclarativeKeys.DomEnd),
            DomError = values.Get(DeclarativeKeys.DomError),
            DomRetry = values.Get(DeclarativeKeys.DomRetry),
            DomTotal = values.Get(DeclarativeKeys.DomTotal),
            Next = DeclarativeSettingsValidator.ParseEnum<NextKind>(values.Get(DeclarativeKeys.NextKind)) ?? NextKind.None,
            NextParam = values.Get(DeclarativeKeys.NextParam),
            NextStart = values.Int(DeclarativeKeys.NextStart, 1),
            NextStep = values.Int(DeclarativeKeys.NextStep, 1),
            NextSelector = values.Get(DeclarativeKeys.NextSelector),
            NextIdle = TimeSpan.FromMilliseconds(values.Int(DeclarativeKeys.NextIdleMs, 4000)),
            NextReplay = !string.Equals(values.Get(DeclarativeKeys.NextReplay), "off", StringComparison.OrdinalIgnoreCase),
            MaxPages = values.Int(DeclarativeKeys.MaxPages, 500),
            Detail = DeclarativeSettingsValidator.ParseEnum<DetailKind>(values.Get(DeclarativeKeys.DetailKind))!.Value,
            DetailSelector = values.Get(DeclarativeKeys.DetailSelector),
            DetailUrlTemplate = values.Get(DeclarativeKeys.DetailUrlTemplate),
            DetailIdFromUrl = values.Get(DeclarativeKeys.DetailIdFromUrl) is { } r ? new Regex(r, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : null,
            DetailIdFromAnswer = values.Path(DeclarativeKeys.DetailIdFromAnswer),
            DetailReady = values.Get(DeclarativeKeys.DetailReady),
            DetailContent = values.Get(DeclarativeKeys.DetailContent),
            DetailNavigation = DeclarativeSettingsValidator.ParseEnum<DetailNavigation>(values.Get(DeclarativeKeys.DetailNavigation)) ?? DetailNavigation.Reload,
            DetailBack = values.Get(DeclarativeKeys.DetailBack),
            DetailFields = Fields(DeclarativeKeys.DetailFieldPrefix, SelectorSpec.Parse),
            DetailApiUrlContains = values.Get(DeclarativeKeys.DetailApiUrlContains),
            DetailApiMethod = values.Get(DeclarativeKeys.DetailApiMethod)?.ToUpperInvariant() ?? "GET",
            DetailApiBody = values.Get(DeclarativeKeys.DetailApiBody),
            DetailApiContentType = values.Get(DeclarativeKeys.DetailApiContentType) ?? "application/json",
            DetailApiOk = values.Path(DeclarativeKeys.DetailApiOkPath),
            DetailApiOkValue = values.Get(DeclarativeKeys.DetailApiOkValue),
            DetailApiFields = Fields(DeclarativeKeys.DetailApiFieldPrefix, JsonDotPath.Parse),
            RevalidateShare = values.Get(DeclarativeKeys.RevalidateShare) is { } share ? double.Parse(share, CultureInfo.InvariantCulture) : 0.1,
            Tracks = TrackMap(values.Get),
            CitySeparators = [.. new[] { DeclarativeKeys.ApiCitiesSplit, DeclarativeKeys.DomCitiesSplit, DeclarativeKeys.DetailCitiesSplit }
                .Select(values.Get).OfType<string>().SelectMany(v => v).Where(ch => !char.IsWhiteSpace(ch)).Distinct()],
            CompleteWhenExhausted = bool.TryParse(values.Get(DeclarativeKeys.CompleteWhenExhausted), out var c) && c,
        };
    }

    private static Dictionary<string, RecruitTrack> TrackMap(Func<string, string?> get)
    {
        var map = new Dictionary<string, RecruitTrack>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, track) in new[] { (DeclarativeKeys.TrackCampus, RecruitTrack.Campus), (DeclarativeKeys.TrackIntern, RecruitTrack.Intern), (DeclarativeKeys.TrackExperienced, RecruitTrack.Experienced) })
        {
            foreach (var value in (get(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) map[value] = track;
        }

        return map;
    }
}
