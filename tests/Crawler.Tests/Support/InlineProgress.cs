namespace Crawler.Tests.Support;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, at once (Progress&lt;T&gt; posts it later).</summary>
public sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
