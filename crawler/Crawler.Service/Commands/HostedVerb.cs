using System.CommandLine;
using Crawler.Hosting;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crawler.Commands;

/// <summary>
/// What every verb on the configured host does alike: it takes the <see cref="CommonOptions"/>, builds the host
/// for this one invocation and disposes of it after; a store verb opens the store first. A failure goes up to
/// <see cref="CrawlerEntry"/>, which turns it into one line and an exit code.
/// </summary>
internal static class HostedVerb
{
    /// <summary>
    /// Adds the common options to <paramref name="command"/> and runs <paramref name="action"/> on a host built from
    /// them; <paramref name="readOnlyStore"/> for verbs that only read the store.
    /// </summary>
    public static void SetAction(Command command, CommonOptions common, bool readOnlyStore, Func<ParseResult, IHost, CancellationToken, Task<int>> action)
    {
        common.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            using var host = CrawlerHostFactory.Build(common.Read(result, readOnlyStore));
            return await action(result, host, cancellationToken).ConfigureAwait(false);
        });
    }

    /// <summary>The same for a verb that works on the store: the store is opened (created or migrated) before <paramref name="action"/>.</summary>
    public static void SetStoreAction(Command command, CommonOptions common, bool readOnlyStore, Func<ParseResult, IHost, ICrawlStore, CancellationToken, Task<int>> action) =>
        SetAction(command, common, readOnlyStore, async (result, host, cancellationToken) =>
            await action(result, host, await OpenStoreAsync(host, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));

    /// <summary>The host's store, initialised; for verbs that check their input against the configuration first.</summary>
    public static async Task<ICrawlStore> OpenStoreAsync(IHost host, CancellationToken cancellationToken)
    {
        var store = host.Services.GetRequiredService<ICrawlStore>();
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }
}
