using System.Text;

namespace Crawler.Alerts;

/// <summary>
/// Appends each message as one JSON line (the generic JSON form) to a file; creates the directory. The
/// dispatcher sends one message at a time, so lines never interleave.
/// </summary>
public sealed class JsonLinesAlertSink : IAlertSink
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _path;

    public JsonLinesAlertSink(string name, string path)
    {
        Name = name;
        _path = System.IO.Path.GetFullPath(path);
        Target = _path;
    }

    public string Name { get; }

    public string Target { get; }

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var line = AlertJsonFormatter.Serialize(message) + "\n";
        try
        {
            var directory = System.IO.Path.GetDirectoryName(_path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await File.AppendAllTextAsync(_path, line, Utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a lock may clear; a missing permission will not, but retries are cheap and bounded.
            throw new AlertDeliveryException($"writing {_path} failed: {ex.GetType().Name}", transient: ex is IOException);
        }
    }
}
