using System.Globalization;
using System.Text.RegularExpressions;
using Crawler.Portals.Shared;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Checks a declarative source's settings at start-up and reports every problem by settings key, so a typo
/// stops the service with "field 'settings.api.itemsPath' is required when mode is api" instead of a crawl
/// that silently finds nothing.
/// </summary>
public static class DeclarativeSettingsValidator
{
    /// <summary>The typed settings of a declarative source, or null with every problem noted on <paramref name="reader"/>.</summary>
    public static DeclarativeSettings? Read(SettingsReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Validate(reader.Source.Settings, reader.Problem);
        return reader.Problems.Count == 0 ? DeclarativeSettings.Build(reader.Source.Settings) : null;
    }

    /// <summary>Validates <paramref name="settings"/>; calls <paramref name="problem"/>(key, what is wrong) for each problem.</summary>
    public static void Validate(IReadOnlyDictionary<string, string> settings, Action<string, string> problem)
    {
        var values = new DeclarativeValues(settings);
        void Require(string key, string when)
        {
            if (values.Get(key) is null) problem(key, $"is required {when}");
        }

        foreach (var key in settings.Keys.Where(k => !IsKnown(k))) problem(key, "is not a declarative setting (see docs/declarative.md)");
        var mode = Enum(DeclarativeKeys.Mode, values.Get, problem, required: true, out DeclarativeMode? m) ? m : null;
        var next = Enum(DeclarativeKeys.NextKind, values.Get, problem, required: false, out NextKind? n) ? n ?? NextKind.None : NextKind.None;
        var detail = Enum(DeclarativeKeys.DetailKind, values.Get, problem, required: true, out DetailKind? d) ? d : null;
        Enum<Portals.DetailNavigation>(DeclarativeKeys.DetailNavigation, values.Get, problem, required: false, out _);

        if (mode == DeclarativeMode.Api)
        {
            Require(DeclarativeKeys.ApiUrlContains, "when mode is api");
            Require(DeclarativeKeys.ApiItemsPath, "when mode is api");
            Require(DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.Id, "when mode is api");
            Require(DeclarativeKeys.ApiFieldPrefix + DeclarativeFields.Title, "when mode is api");
            foreach (var key in settings.Keys.Where(k => k.StartsWith("api.", StringComparison.Ordinal) && (k.EndsWith("Path", StringComparison.Ordinal) || k.StartsWith(DeclarativeKeys.ApiFieldPrefix, StringComparison.Ordinal)) && !k.EndsWith(DeclarativeKeys.SplitSuffix, StringComparison.Ordinal)))
            {
                values.CheckPath(key, problem);
            }

            if (values.Get(DeclarativeKeys.ApiOkPath) is not null) Require(DeclarativeKeys.ApiOkValue, "when api.okPath is set");
            if (values.Get(DeclarativeKeys.ApiMethod) is { } method && method.ToUpperInvariant() is not ("GET" or "POST")) problem(DeclarativeKeys.ApiMethod, $"'{method}' must be GET or POST");
            if (detail == DetailKind.Click || detail == DetailKind.Link) problem(DeclarativeKeys.DetailKind, "must be urlTemplate when mode is api (the JSON has no cards to click or links to follow)");
        }
        else if (mode == DeclarativeMode.Dom)
        {
            Require(DeclarativeKeys.DomItem, "when mode is dom");
            Require(DeclarativeKeys.DomFieldPrefix + DeclarativeFields.Title, "when mode is dom");
            var hasId = values.Get(DeclarativeKeys.DomFieldPrefix + DeclarativeFields.Id) is not null;
            var fromAnswer = detail == DetailKind.Click && values.Get(DeclarativeKeys.DetailIdFromAnswer) is not null;
            if (!hasId && values.Get(DeclarativeKeys.DetailIdFromUrl) is null && !fromAnswer)
                problem(DeclarativeKeys.DomFieldPrefix + DeclarativeFields.Id, "is required unless detail.idFromUrl reads the id from the detail URL or detail.idFromAnswer from the detail's JSON answer (detail.kind click)");
            if (fromAnswer && !hasId && values.Get(DeclarativeKeys.DetailReady)?.Contains("{id}", StringComparison.Ordinal) == true)
                problem(DeclarativeKeys.DetailReady, "may not hold {id} when the id is read from the detail answer only (it is waited for before the id is known)");
            if (!hasId && detail == DetailKind.UrlTemplate) problem(DeclarativeKeys.DomFieldPrefix + DeclarativeFields.Id, "is required when detail.kind is urlTemplate");
        }

        switch (next)
        {
            case NextKind.UrlParam:
                Require(DeclarativeKeys.NextParam, "when next.kind is urlParam");
                break;
            case NextKind.Click:
                Require(DeclarativeKeys.NextSelector, "when next.kind is click");
                break;
        }

        if (values.Get(DeclarativeKeys.NextReplay) is { } replay && replay.ToLowerInvariant() is not ("auto" or "off"))
            problem(DeclarativeKeys.NextReplay, $"'{replay}' must be auto or off");
        foreach (var key in new[] { DeclarativeKeys.NextStart, DeclarativeKeys.NextStep, DeclarativeKeys.NextIdleMs, DeclarativeKeys.MaxPages })
        {
            if (values.Get(key) is { } v && (!int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < (key == DeclarativeKeys.NextStart ? 0 : 1)))
                problem(key, $"'{v}' must be a whole number" + (key == DeclarativeKeys.NextStart ? " of at least 0" : " of at least 1"));
        }

        foreach (var key in new[] { DeclarativeKeys.ApiCitiesSplit, DeclarativeKeys.DomCitiesSplit, DeclarativeKeys.DetailCitiesSplit })
        {
            if (values.IsWritten(key) && values.Get(key) is null) problem(key, "must name at least one separator character, e.g. \"/、,\"");
        }

        DeclarativeDetailFields.Validate(settings, mode, problem);
        if (values.Get(DeclarativeKeys.CompleteWhenExhausted) is { } c && !bool.TryParse(c, out _)) problem(DeclarativeKeys.CompleteWhenExhausted, $"'{c}' must be true or false");
        // A rendered detail is proven by its answer and the listed title; only an opened card needs a selector to wait for.
        if (detail == DetailKind.Click) Require(DeclarativeKeys.DetailReady, "when detail.kind is click (the element that proves the opened card's detail view rendered; {id} is replaced)");
        if (detail == DetailKind.UrlTemplate) Require(DeclarativeKeys.DetailUrlTemplate, "when detail.kind is urlTemplate");
        if (values.Get(DeclarativeKeys.DetailIdFromUrl) is { } pattern) CheckRegex(pattern, problem);
        if (values.Get(DeclarativeKeys.DetailIdFromAnswer) is not null)
        {
            if (detail != DetailKind.Click) problem(DeclarativeKeys.DetailIdFromAnswer, "is read only when detail.kind is click");
            values.CheckPath(DeclarativeKeys.DetailIdFromAnswer, problem);
        }
        if (detail != DetailKind.Click && settings.Keys.Any(k => k.StartsWith(DeclarativeKeys.DetailFieldPrefix, StringComparison.Ordinal)))
            problem(settings.Keys.First(k => k.StartsWith(DeclarativeKeys.DetailFieldPrefix, StringComparison.Ordinal)), "is read only when detail.kind is click");
    }

    /// <summary>Parses an enum setting value case-insensitively; null when absent or not a member.</summary>
    public static T? ParseEnum<T>(string? value) where T : struct, Enum =>
        value is not null && System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    private static bool Enum<T>(string key, Func<string, string?> get, Action<string, string> problem, bool required, out T? value) where T : struct, Enum
    {
        var text = get(key);
        value = ParseEnum<T>(text);
        if (text is null && !required) return true;
        if (value is not null) return true;
        var names = string.Join(", ", System.Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        problem(key, text is null ? $"is required: one of {names}" : $"'{text}' is not one of {names}");
        return false;
    }

    private static void CheckRegex(string pattern, Action<string, string> problem)
    {
        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (regex.GroupNumberFromName("id") < 0) problem(DeclarativeKeys.DetailIdFromUrl, $"'{pattern}' needs a named group (?<id>…)");
        }
        catch (ArgumentException ex)
        {
            problem(DeclarativeKeys.DetailIdFromUrl, $"'{pattern}' is not a regular expression: {ex.Message}");
        }
    }

    private static bool IsKnown(string key) =>
        DeclarativeKeys.Known.Contains(key) || DeclarativeDetailFields.IsFieldKey(key) ||
        new[] { DeclarativeKeys.ApiFieldPrefix, DeclarativeKeys.DomFieldPrefix, DeclarativeKeys.DetailFieldPrefix }
            .Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal) && DeclarativeFields.All.Contains(key[prefix.Length..]));
}
