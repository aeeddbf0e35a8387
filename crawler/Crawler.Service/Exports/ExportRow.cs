namespace Crawler.Exports;

/// <summary>
/// One exported row's values, in the order of its table's columns (<see cref="ExportRows"/>). A value is text,
/// a number, a boolean, a time, a list of text or null; each format writes them its own way (see <see cref="ExportWriter"/>).
/// </summary>
public sealed record ExportRow(IReadOnlyList<object?> Values);
