using Microsoft.Extensions.Options;

namespace Crawler.Snapshots;

/// <summary>Cross-field rules of <see cref="DetailOptions"/>.</summary>
internal sealed class DetailOptionsValidator : IValidateOptions<DetailOptions>
{
    public ValidateOptionsResult Validate(string? name, DetailOptions options) =>
        options.MaxSettle < options.SettleTime
            ? ValidateOptionsResult.Fail($"{DetailOptions.SectionName}:MaxSettle ({options.MaxSettle}) must not be shorter than SettleTime ({options.SettleTime})")
            : ValidateOptionsResult.Success;
}
