using Microsoft.Playwright;

namespace Crawler.Browsing;

/// <summary>
/// The deadline and the disconnect signal of one browser launch. Playwright calls that open or close pages and
/// contexts can wait for ever when Chromium dies at the wrong moment (a killed browser while
/// <c>NewPageAsync</c> waits for the page's first frame: issue 19); every such call goes through
/// <see cref="RunAsync{T}"/>, which ends it with <see cref="BrowserDisconnectedException"/> the moment the browser
/// is known to be gone and with a <see cref="TimeoutException"/> at the deadline. The abandoned Playwright task is
/// left to fail on its own (its exception observed), and the browser is thrown away by the caller.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001",
    Justification = "Calls of a closed launch still read its token after the close; a source without timers or wait handles holds nothing to free.")]
public sealed class BrowserGuard
{
    private readonly CancellationTokenSource _disconnected = new();
    private readonly Action<string>? _callStarted;

    internal BrowserGuard(TimeSpan deadline, Action<string>? callStarted)
    {
        Deadline = deadline;
        _callStarted = callStarted;
    }

    /// <summary>How long one guarded call may take.</summary>
    public TimeSpan Deadline { get; }

    /// <summary>Cancelled when this launch's browser disconnected or its process exited.</summary>
    public CancellationToken Disconnected => _disconnected.Token;

    /// <summary>Why the browser was declared gone (null while it is alive).</summary>
    public string? Reason { get; private set; }

    /// <summary>Declares the browser gone: every guarded call pending now or later ends at once.</summary>
    public void MarkDisconnected(string reason)
    {
        if (_disconnected.IsCancellationRequested) return;
        Reason = reason;
        _disconnected.Cancel();
    }

    /// <summary>Runs one Playwright call under the deadline and the disconnect signal; <paramref name="what"/> names it in errors.</summary>
    public async Task<T> RunAsync<T>(string what, Func<Task<T>> call)
    {
        if (_disconnected.IsCancellationRequested) throw Gone(what);
        Task<T> task;
        try
        {
            task = call();
        }
        catch (PlaywrightException ex) when (_disconnected.IsCancellationRequested)
        {
            throw Gone(what, ex);
        }

        _callStarted?.Invoke(what);
        try
        {
            return await task.WaitAsync(Deadline, _disconnected.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_disconnected.IsCancellationRequested)
        {
            Observe(task);
            throw Gone(what);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            Observe(task);
            throw new TimeoutException($"browser call '{what}' did not complete within {Deadline.TotalSeconds:0.#} s");
        }
        catch (PlaywrightException ex) when (_disconnected.IsCancellationRequested)
        {
            throw Gone(what, ex);
        }
    }

    /// <inheritdoc cref="RunAsync{T}"/>
    public Task RunAsync(string what, Func<Task> call) => RunAsync(what, async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    });

    private BrowserDisconnectedException Gone(string what, Exception? inner = null)
    {
        var message = $"browser disconnected during '{what}' ({Reason ?? "browser gone"})";
        return inner is null ? new BrowserDisconnectedException(message) : new BrowserDisconnectedException(message, inner);
    }

    /// <summary>A call we stopped waiting for may still fail later; its exception must not go unobserved.</summary>
    private static void Observe(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
