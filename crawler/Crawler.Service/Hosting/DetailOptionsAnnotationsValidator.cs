using Crawler.Snapshots;
using Microsoft.Extensions.Options;

namespace Crawler.Hosting;

/// <summary>
/// The DataAnnotations rules of <see cref="DetailOptions"/>, checked by source-generated code at start-up; the rule
/// across fields is <see cref="DetailOptionsValidator"/>.
/// </summary>
[OptionsValidator]
public sealed partial class DetailOptionsAnnotationsValidator : IValidateOptions<DetailOptions>
{
}
