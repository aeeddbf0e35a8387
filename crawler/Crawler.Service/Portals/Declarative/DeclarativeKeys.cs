namespace Crawler.Portals.Declarative;

/// <summary>The setting keys of a declarative source (flat, dotted; see docs/declarative.md).</summary>
public static class DeclarativeKeys
{
    public const string Mode = "mode";
    public const string ApiUrlContains = "api.urlContains";
    public const string ApiMethod = "api.method";
    public const string ApiItemsPath = "api.itemsPath";
    public const string ApiTotalPath = "api.totalPath";
    public const string ApiOkPath = "api.okPath";
    public const string ApiOkValue = "api.okValue";
    public const string ApiFieldPrefix = "api.field.";
    public const string DomItem = "dom.item";
    public const string DomFieldPrefix = "dom.field.";
    public const string DomEnd = "dom.end";
    public const string DomError = "dom.error";
    public const string DomRetry = "dom.retry";
    public const string DomTotal = "dom.total";
    public const string NextKind = "next.kind";
    public const string NextParam = "next.param";
    public const string NextStart = "next.start";
    public const string NextStep = "next.step";
    public const string NextSelector = "next.selector";
    public const string NextIdleMs = "next.idleMs";
    public const string NextReplay = "next.replay";
    public const string MaxPages = "maxPages";
    public const string DetailKind = "detail.kind";
    public const string DetailSelector = "detail.selector";
    public const string DetailUrlTemplate = "detail.urlTemplate";
    public const string DetailIdFromUrl = "detail.idFromUrl";
    public const string DetailIdFromAnswer = "detail.idFromAnswer";
    public const string DetailReady = "detail.ready";
    public const string DetailContent = "detail.content";
    public const string DetailNavigation = "detail.navigation";
    public const string DetailBack = "detail.back";
    public const string DetailFieldPrefix = "detail.field.";
    public const string DetailApiUrlContains = "detail.api.urlContains";
    public const string DetailApiMethod = "detail.api.method";
    public const string DetailApiBody = "detail.api.body";
    public const string DetailApiContentType = "detail.api.contentType";
    public const string DetailApiOkPath = "detail.api.okPath";
    public const string DetailApiOkValue = "detail.api.okValue";
    public const string DetailApiFieldPrefix = "detail.api.field.";
    public const string RevalidateShare = "detail.revalidate.share";
    public const string TrackCampus = "track.campus";
    public const string TrackIntern = "track.intern";
    public const string TrackExperienced = "track.experienced";
    public const string CompleteWhenExhausted = "completeWhenExhausted";

    /// <summary>Suffix of a cities rule: characters that separate several cities in one value (<c>北京 / 上海</c>).</summary>
    public const string SplitSuffix = ".split";
    public const string ApiCitiesSplit = ApiFieldPrefix + DeclarativeFields.Cities + SplitSuffix;
    public const string DomCitiesSplit = DomFieldPrefix + DeclarativeFields.Cities + SplitSuffix;
    public const string DetailCitiesSplit = DetailFieldPrefix + DeclarativeFields.Cities + SplitSuffix;

    /// <summary>Every key a declarative source may set (field keys are the prefixes plus a field name).</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Mode, ApiUrlContains, ApiMethod, ApiItemsPath, ApiTotalPath, ApiOkPath, ApiOkValue, DomItem, DomEnd, DomError, DomRetry, DomTotal,
        NextKind, NextParam, NextStart, NextStep, NextSelector, NextIdleMs, NextReplay, MaxPages, DetailKind, DetailSelector, DetailUrlTemplate,
        DetailIdFromUrl, DetailReady, DetailContent, DetailNavigation, DetailBack, TrackCampus, TrackIntern, TrackExperienced,
        CompleteWhenExhausted, ApiCitiesSplit, DomCitiesSplit, DetailCitiesSplit,
        DetailApiUrlContains, DetailApiOkPath, DetailApiOkValue, RevalidateShare, DetailIdFromAnswer, DetailApiMethod, DetailApiBody, DetailApiContentType,
    };
}
