using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>The DataAnnotations rules of <see cref="AlertOptions"/>, checked by source-generated code at start-up; the rules across fields and sinks are <see cref="AlertOptionsValidator"/>.</summary>
[OptionsValidator]
public sealed partial class AlertOptionsAnnotationsValidator : IValidateOptions<AlertOptions>
{
}
