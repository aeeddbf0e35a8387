namespace Crawler.Exports;

/// <summary>How <c>crawler export</c> writes rows.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break.</summary>
    Csv = 0,
    /// <summary>One JSON object per line, lists as arrays.</summary>
    Jsonl = 1,
}
