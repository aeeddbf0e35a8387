using Microsoft.Extensions.Options;

namespace Crawler.Diagnostics;

/// <summary>The DataAnnotations rules of <see cref="DiagnosticsOptions"/>, checked by source-generated code at start-up; the bind address rule is <see cref="DiagnosticsOptionsValidator"/>.</summary>
[OptionsValidator]
public sealed partial class DiagnosticsOptionsAnnotationsValidator : IValidateOptions<DiagnosticsOptions>
{
}
