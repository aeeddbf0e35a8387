namespace Crawler.Alerts;

/// <summary>Writes each message as one JSON line to standard output (the data channel; logs go to standard error).</summary>
public sealed class ConsoleAlertSink(string name, TextWriter output) : IAlertSink
{
    public string Name { get; } = name;

    public string Target => "stdout";

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(AlertJsonFormatter.Serialize(message).AsMemory(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
