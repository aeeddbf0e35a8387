using Crawler.Model;

namespace Crawler.Storage;

/// <summary>The registered sources and the scheduling and health state workers share.</summary>
public interface ISourceStore
{
    /// <summary>Registers or updates configured sources; keeps their state.</summary>
    Task UpsertSourcesAsync(IReadOnlyList<SourceDefinition> sources, CancellationToken cancellationToken);

    /// <summary>Every registered source's state, ordered by source id.</summary>
    Task<IReadOnlyList<SourceState>> ListSourceStatesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// One source's state (lease included), or null when the source is not registered. Both stores read just that
    /// source; the default, for wrappers and fakes, filters the list.
    /// </summary>
    async Task<SourceState?> GetSourceStateAsync(string sourceId, CancellationToken cancellationToken) =>
        (await ListSourceStatesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.SourceId == sourceId);

    /// <summary>
    /// Updates scheduling and health state (failures, quarantine, next due), never the lease. Throws
    /// <see cref="SourceNotRegisteredException"/> for a source that was never upserted.
    /// </summary>
    Task UpdateSourceStateAsync(SourceState state, CancellationToken cancellationToken);
}
