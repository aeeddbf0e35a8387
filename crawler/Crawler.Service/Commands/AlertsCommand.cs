using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crawler.Alerts;
using Crawler.Changes;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crawler.Commands;

/// <summary>
/// <c>alerts deliver | test --sink NAME | dead-letters [--sink] | redeliver [--sink] [--id]</c>: one-shot alert
/// operations for ops. Results go to standard output; logs (never secrets) to standard error.
/// </summary>
public static class AlertsCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("alerts", "Deliver alerts now, test a sink, list and redeliver dead letters");
        command.Subcommands.Add(Deliver(common));
        command.Subcommands.Add(Test(common));
        command.Subcommands.Add(DeadLetters(common));
        command.Subcommands.Add(Redeliver(common));
        return command;
    }

    private static Command Deliver(CommonOptions common)
    {
        var command = new Command("deliver", "Deliver every pending event to every sink now; exit 2 when something was dead-lettered or a sink failed");
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            var reports = await host.Services.GetRequiredService<AlertDispatcher>().DeliverPendingAsync(cancellationToken).ConfigureAwait(false);
            foreach (var report in reports) Console.Out.WriteLine(JsonSerializer.Serialize(report, EventJson.Options));
            return reports.Any(r => r.EventsDeadLettered > 0 || r.Failed) ? 2 : 0;
        });
        return command;
    }

    private static Command Test(CommonOptions common)
    {
        var sink = new Option<string>("--sink") { Description = "Sink name (Alerts:Sinks[].name)", Required = true };
        var command = new Command("test", "Send a test message through one sink (with retries) to check its configuration") { sink };
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            var name = result.GetValue(sink)!;
            if (host.Services.GetRequiredService<AlertSinks>().Find(name) is not { } configured)
            {
                await Console.Error.WriteLineAsync($"No sink named '{name}' in Alerts:Sinks.").ConfigureAwait(false);
                return 1;
            }

            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var message = new AlertMessage
            {
                Id = "test-" + now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Sink = name, Kind = AlertMessageKind.Test, CreatedAt = now,
            };
            var outcome = await host.Services.GetRequiredService<AlertSender>().SendAsync(configured, message, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(outcome.Delivered
                ? $"Sink '{name}' ({configured.Sink.Target}): test message delivered in {outcome.Attempts} tries."
                : $"Sink '{name}' ({configured.Sink.Target}): test message failed after {outcome.Attempts} tries: {outcome.Reason}");
            if (!outcome.Delivered) return 2;
            // A working sink starts its cursor here, not at its first delivery, so nothing stored in between is skipped.
            var (cursor, started) = await host.Services.GetRequiredService<AlertDispatcher>().EnsureCursorAsync(configured, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(started
                ? $"Sink '{name}': cursor started at event sequence {cursor.Position} (startAt {configured.Options.StartAt}); 'alerts deliver' or 'run' sends every matching event stored after it."
                : $"Sink '{name}': cursor at event sequence {cursor.Position}; pending events go with the next 'alerts deliver' or 'run'.");
            return 0;
        });
        return command;
    }

    private static Command DeadLetters(CommonOptions common)
    {
        var sink = new Option<string?>("--sink") { Description = "Only this sink" };
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 1000 };
        var command = new Command("dead-letters", "List events a sink could not deliver, as JSON lines") { sink, limit };
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            var state = host.Services.GetRequiredService<IAlertStateStore>();
            await state.InitializeAsync(cancellationToken).ConfigureAwait(false);
            foreach (var letter in await state.ListDeadLettersAsync(result.GetValue(sink), null, result.GetValue(limit), cancellationToken).ConfigureAwait(false))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(letter, EventJson.Options));
            }

            return 0;
        });
        return command;
    }

    private static Command Redeliver(CommonOptions common)
    {
        var sink = new Option<string?>("--sink") { Description = "Only this sink's dead letters" };
        var id = new Option<string?>("--id") { Description = "Only this event id" };
        var command = new Command("redeliver", "Send dead-lettered events again; delivered ones leave the list; exit 2 when some still fail") { sink, id };
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            _ = host.Services.GetRequiredService<IOptions<AlertOptions>>().Value;
            var report = await host.Services.GetRequiredService<DeadLetterRedelivery>()
                .RedeliverAsync(result.GetValue(sink), result.GetValue(id), cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine($"{report.Delivered} delivered, {report.StillFailing} still failing");
            foreach (var unknown in report.UnknownSinks) Console.Error.WriteLine($"Dead letters of sink '{unknown}' kept: no such sink in Alerts:Sinks.");
            return report.StillFailing > 0 ? 2 : 0;
        });
        return command;
    }
}
