namespace Crawler.Exports;

/// <summary>
/// One exported row: column names with values, in column order. A value is text, a number, a boolean, a
/// time, a list of text or null; each format writes them its own way (see <see cref="ExportWriter"/>).
/// </summary>
public sealed record ExportRow(IReadOnlyList<KeyValuePair<string, object?>> Cells);
