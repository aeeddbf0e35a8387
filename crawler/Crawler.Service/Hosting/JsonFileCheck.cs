using System.Text;
using System.Text.Json;

namespace Crawler.Hosting;

/// <summary>
/// Reads a configuration file the way the JSON configuration provider does (comments and trailing commas
/// allowed) so a syntax error is reported at its real line and column, which the provider does not do.
/// </summary>
public static class JsonFileCheck
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Throws <see cref="ConfigurationFileException"/> naming file, line and column when <paramref name="path"/> is not valid JSON.</summary>
    public static void Validate(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationFileException($"Configuration file '{path}' cannot be read: {ex.Message}", ex);
        }

        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ConfigurationFileException($"{path}: the file must hold a JSON object ({{ ... }}), not a {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
        }
        catch (JsonException ex)
        {
            // JsonException counts lines and bytes from zero; editors count from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = Column(text, line, (int)(ex.BytePositionInLine ?? 0));
            throw new ConfigurationFileException($"{path}:{line}:{column}: invalid JSON: {FirstSentence(ex.Message)} Fix the file and run again.", ex);
        }
    }

    /// <summary>One-based character column of the zero-based UTF-8 byte offset within one-based <paramref name="line"/>.</summary>
    private static long Column(string text, long line, int bytes)
    {
        var lines = text.Split('\n');
        if (line > lines.Length) return bytes + 1;
        var encoded = Encoding.UTF8.GetBytes(lines[line - 1]);
        return Encoding.UTF8.GetCharCount(encoded, 0, Math.Min(bytes, encoded.Length)) + 1;
    }

    private static string FirstSentence(string message)
    {
        // The exception's own position ("LineNumber: 2 | BytePositionInLine: 23") counts from zero: drop it.
        var cut = new[] { " LineNumber:", " Path:" }.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(message.Length).Min();
        var text = message[..cut].TrimEnd();
        return text.EndsWith('.') ? text : text + ".";
    }
}
