using Crawler.Crawling;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>
/// Checks the filter's enum lists as written: the configuration binder drops an element it cannot convert
/// (<c>kinds: ["apeared"]</c> would silently become "appeared only"), so the raw text is read here.
/// </summary>
public sealed class AlertFilterValuesValidator(IConfiguration configuration) : IValidateOptions<AlertOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertOptions options)
    {
        var failures = new List<string>();
        var sinks = configuration.GetSection(AlertOptions.SectionName).GetSection("Sinks").GetChildren().ToList();
        for (var i = 0; i < sinks.Count; i++)
        {
            var filter = sinks[i].GetSection("Filter");
            var where = sinks[i]["Name"] is { Length: > 0 } sink ? $"Alerts:Sinks[{i}] '{sink}'" : $"Alerts:Sinks[{i}]";
            Check<ChangeKind>(filter.GetSection("Kinds"), $"{where}: Filter:Kinds", failures);
            Check<RecruitTrack>(filter.GetSection("Tracks"), $"{where}: Filter:Tracks", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check<T>(IConfigurationSection list, string where, List<string> failures)
        where T : struct, Enum
    {
        var valid = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        foreach (var item in list.GetChildren())
        {
            if (item.Value is { } text && !(Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)))
                failures.Add($"{where} has '{text}', which is not one of {valid}.");
        }
    }
}
