using Polly.Registry;
using Polly.Timeout;

namespace Crawler.Alerts;

/// <summary>
/// Sends one message through the <see cref="AlertPipelines.Delivery"/> pipeline and says how it went. Logs
/// name the sink and its redacted target, never a URL path or header value. Cancellation propagates (the
/// message was not acknowledged and will be sent again).
/// </summary>
public sealed partial class AlertSender(ResiliencePipelineProvider<string> pipelines, ILogger<AlertSender> logger)
{
    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(AlertPipelines.Delivery);

    public async Task<DeliveryOutcome> SendAsync(ConfiguredAlertSink sink, AlertMessage message, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            await _pipeline.ExecuteAsync(async token =>
            {
                attempts++;
                try
                {
                    await sink.Sink.SendAsync(message, token).ConfigureAwait(false);
                }
                catch (AlertDeliveryException ex)
                {
                    LogTryFailed(sink.Name, sink.Sink.Target, attempts, message.Id, ex.Message);
                    throw;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    LogTryFailed(sink.Name, sink.Sink.Target, attempts, message.Id, "timeout");
                    throw;
                }
            }, cancellationToken).ConfigureAwait(false);
            LogDelivered(sink.Name, sink.Sink.Target, message.Kind, message.Id, message.Items.Count, attempts);
            return new DeliveryOutcome(true, attempts, null);
        }
        catch (AlertDeliveryException ex)
        {
            return Failed(sink, message, attempts, ex.Transient ? $"{ex.Message} (retries exhausted)" : ex.Message);
        }
        catch (TimeoutRejectedException)
        {
            return Failed(sink, message, attempts, "timeout (retries exhausted)");
        }
    }

    private DeliveryOutcome Failed(ConfiguredAlertSink sink, AlertMessage message, int attempts, string reason)
    {
        LogFailed(sink.Name, sink.Sink.Target, message.Id, message.Items.Count, attempts, reason);
        return new DeliveryOutcome(false, attempts, reason);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Alert sink {Sink} ({Target}): delivered {Kind} {MessageId} ({Events} events) in {Attempts} tries")]
    private partial void LogDelivered(string sink, string target, AlertMessageKind kind, string messageId, int events, int attempts);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Alert sink {Sink} ({Target}): try {Attempt} of {MessageId} failed: {Reason}")]
    private partial void LogTryFailed(string sink, string target, int attempt, string messageId, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Error, Message = "Alert sink {Sink} ({Target}): {MessageId} ({Events} events) not delivered after {Attempts} tries: {Reason}")]
    private partial void LogFailed(string sink, string target, string messageId, int events, int attempts, string reason);
}
