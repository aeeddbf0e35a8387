namespace Crawler.Alerts;

/// <summary>A sink ready to deliver: its options, its filter and the sink itself.</summary>
public sealed record ConfiguredAlertSink(AlertSinkOptions Options, AlertFilter Filter, IAlertSink Sink)
{
    public string Name => Options.Name;
}
