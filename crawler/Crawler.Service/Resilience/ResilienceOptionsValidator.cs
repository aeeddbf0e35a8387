using Microsoft.Extensions.Options;

namespace Crawler.Resilience;

/// <summary>The DataAnnotations rules of <see cref="ResilienceOptions"/>, checked by source-generated code at start-up.</summary>
[OptionsValidator]
public sealed partial class ResilienceOptionsValidator : IValidateOptions<ResilienceOptions>
{
}
