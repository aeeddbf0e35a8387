using System.Runtime.CompilerServices;
using Crawler.Model;

namespace Crawler.Portals.Shared;

/// <summary>
/// An adapter's way to its source's typed settings. A source from the catalog carries them, parsed and validated
/// once at load (<see cref="SourceDefinition.ParsedSettings"/>); a source built in code (a test, the probe) is
/// parsed on first use and remembered for that source object.
/// </summary>
public static class SourceSettings
{
    private static readonly ConditionalWeakTable<SourceDefinition, object> Parsed = new();

    public static TSettings Of<TSettings>(SourceDefinition source, Func<SettingsReader, TSettings?> read) where TSettings : class
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.ParsedSettings is TSettings kept) return kept;
        return (TSettings)Parsed.GetValue(source, s =>
        {
            var reader = new SettingsReader(s);
            var settings = read(reader);
            return reader.Problems.Count == 0 && settings is not null
                ? settings
                : throw new InvalidOperationException($"Source '{s.Id}': {string.Join("; ", reader.Problems.Select(p => $"setting '{p.Key}' {p.What}"))}");
        });
    }
}
