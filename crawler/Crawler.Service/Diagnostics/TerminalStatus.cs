namespace Crawler.Diagnostics;

/// <summary>
/// The one writer of standard error on a terminal: log lines and a status line (the progress display) share it.
/// A log line first clears the status line, is written whole, and the status line is redrawn below it, so
/// neither overwrites the other.
/// </summary>
public sealed class TerminalStatus
{
    /// <summary>Carriage return, then ANSI "erase the whole line".</summary>
    public const string ClearLine = "\r\u001b[2K";

    private readonly TextWriter _writer;
    private readonly Lock _gate = new();
    private string _status = "";

    public TerminalStatus(TextWriter writer) => _writer = writer;

    /// <summary>Standard error of this process.</summary>
    public static TerminalStatus Shared { get; } = new(Console.Error);

    /// <summary>Writes <paramref name="text"/> (one or more lines) above the status line.</summary>
    public void WriteLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            if (_status.Length > 0) _writer.Write(ClearLine);
            _writer.Write(text);
            if (!text.EndsWith('\n')) _writer.Write('\n');
            if (_status.Length > 0) _writer.Write(_status);
            _writer.Flush();
        }
    }

    /// <summary>Replaces the status line; it must fit the terminal's width, or wrapping breaks the redraw.</summary>
    public void SetStatus(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            _writer.Write(ClearLine);
            _writer.Write(status);
            _status = status;
            _writer.Flush();
        }
    }

    /// <summary>Erases the status line and stops redrawing it.</summary>
    public void ClearStatus()
    {
        lock (_gate)
        {
            if (_status.Length == 0) return;
            _writer.Write(ClearLine);
            _status = "";
            _writer.Flush();
        }
    }
}
