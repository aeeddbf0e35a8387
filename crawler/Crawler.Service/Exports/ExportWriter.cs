using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Changes;

namespace Crawler.Exports;

/// <summary>
/// Writes rows as UTF-8 CSV or JSON lines. CSV joins lists with <c>|</c> (cities, tags, changed fields; the
/// changes column with line breaks), writes times as ISO-8601 UTC and leaves nulls empty; with
/// <c>excel</c> it starts with a byte-order mark, so Excel reads the Chinese text as UTF-8, and a cell that
/// would start a formula (<c>= + - @</c>) gets a leading apostrophe (OWASP CSV injection), since portal text
/// is not ours.
/// </summary>
public sealed class ExportWriter(Stream output, IReadOnlyList<string> columns, ExportFormat format, bool excel) : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter _writer = new(output, Utf8, leaveOpen: true) { NewLine = format == ExportFormat.Csv ? "\r\n" : "\n" };
    private bool _started;

    public async Task WriteAsync(ExportRow row, CancellationToken cancellationToken)
    {
        if (row.Values.Count != columns.Count) throw new ArgumentException($"A row has {row.Values.Count} values for {columns.Count} columns.", nameof(row));
        await StartAsync().ConfigureAwait(false);
        var line = format == ExportFormat.Csv
            ? string.Join(',', columns.Zip(row.Values, (column, value) => Quote(Guard(Text(column, value)))))
            : Json(row).ToJsonString(EventJson.Options);
        await _writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Flushes; a CSV without rows still gets its header, so pandas and Excel read an empty table.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await StartAsync().ConfigureAwait(false);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync()
    {
        if (_started) return;
        _started = true;
        if (excel) await _writer.WriteAsync('\uFEFF').ConfigureAwait(false);
        if (format == ExportFormat.Csv) await _writer.WriteLineAsync(string.Join(',', columns.Select(Quote))).ConfigureAwait(false);
    }

    /// <summary>Flushes; the output stream stays open (it may be standard output).</summary>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private JsonObject Json(ExportRow row)
    {
        var json = new JsonObject();
        foreach (var (name, value) in columns.Zip(row.Values)) json[name] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), EventJson.Options);
        return json;
    }

    private static string Text(string column, object? value) => value switch
    {
        null => "",
        string s => s,
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IEnumerable<string> list => string.Join(column == "changes" ? "\n" : "|", list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private string Guard(string cell) => excel && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
