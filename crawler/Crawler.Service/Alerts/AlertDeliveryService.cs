using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crawler.Alerts;

/// <summary>
/// Delivers pending alerts every <see cref="AlertOptions.DeliveryInterval"/> while <c>run</c> works. A failed
/// pass (store busy, a bug) is logged and tried again next time; the cursors make that safe.
/// </summary>
public sealed partial class AlertDeliveryService(
    AlertDispatcher dispatcher,
    AlertSinks sinks,
    IOptions<AlertOptions> options,
    TimeProvider time,
    ILogger<AlertDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled || sinks.All.Count == 0)
        {
            LogIdle(options.Value.Enabled);
            return;
        }

        LogStarted(sinks.All.Count, options.Value.DeliveryInterval);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await dispatcher.DeliverPendingAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPassFailed(ex);
                }

                await Task.Delay(options.Value.DeliveryInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the message in flight is sent again on the next start (same idempotency key).
        }
    }

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Alert delivery started: {Count} sinks, every {Interval}")]
    private partial void LogStarted(int count, TimeSpan interval);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Alert delivery idle (enabled: {Enabled}, or no sinks configured)")]
    private partial void LogIdle(bool enabled);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Error, Message = "Alert delivery pass failed; retrying at the next interval")]
    private partial void LogPassFailed(Exception exception);
}
