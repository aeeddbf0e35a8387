using Microsoft.Extensions.Options;

namespace Crawler.Crawling;

/// <summary>The DataAnnotations rules of <see cref="CrawlerOptions"/>, checked by source-generated code at start-up.</summary>
[OptionsValidator]
public sealed partial class CrawlerOptionsValidator : IValidateOptions<CrawlerOptions>
{
}
