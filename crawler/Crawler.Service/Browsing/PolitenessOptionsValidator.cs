using Microsoft.Extensions.Options;

namespace Crawler.Browsing;

/// <summary>The DataAnnotations rules of <see cref="PolitenessOptions"/>, checked by source-generated code at start-up.</summary>
[OptionsValidator]
public sealed partial class PolitenessOptionsValidator : IValidateOptions<PolitenessOptions>
{
}
