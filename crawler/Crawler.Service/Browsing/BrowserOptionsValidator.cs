using Microsoft.Extensions.Options;

namespace Crawler.Browsing;

/// <summary>The DataAnnotations rules of <see cref="BrowserOptions"/> (its viewport included), checked by source-generated code at start-up.</summary>
[OptionsValidator]
public sealed partial class BrowserOptionsValidator : IValidateOptions<BrowserOptions>
{
}
