using System.Text.RegularExpressions;

namespace Crawler.Probing;

/// <summary>Where the property names a probe recognises live (<c>Probing/probe-key-names.json</c>, embedded) and how they match.</summary>
internal static class ProbeKeyNames
{
    public const string Resource = "Crawler.Probing.probe-key-names.json";

    public const RegexOptions Options = RegexOptions.IgnoreCase;
}
