namespace Crawler.Browsing;

/// <summary>The browser host's one lock: launch, recycle, reset and dispose never overlap. Held for a <c>using</c> block.</summary>
internal sealed class BrowserLock : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the lock; disposing the answer releases it.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken = default)
    {
        await _semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Held(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Held(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}
