using Crawler.Model;
using Crawler.Resilience;
using Polly.Registry;

namespace Crawler.Portals.Shared;

/// <summary>
/// What every built-in family's adapter does the same way: it reads the source's typed settings, lists on one
/// <see cref="ListingPage"/> under the page pipeline of the source's host, and builds each detail target from the
/// family's <see cref="FamilyDetailRoute"/> with the source's <see cref="DetailSettings"/> refinements. A family
/// says only how one listing pass runs on that page.
/// </summary>
public abstract class FamilyAdapter<TSettings>(
    string platform,
    ResiliencePipelineProvider<PortalPipelineKey> pipelines,
    IErrorSnapshots errors,
    Func<SettingsReader, TSettings?> read,
    FamilyDetailRoute detail) : IPortalAdapter
    where TSettings : class, IFamilySettings
{
    public string Platform => platform;

    public async Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var settings = SourceSettings.Of(session.Source, read);
        return await ListingPage.RunAsync(session, errors, page =>
            ListAsync(session, page, pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host)), settings, cancellationToken)).ConfigureAwait(false);
    }

    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(posting);
        return SourceSettings.Of(source, read).Detail.Target(posting, detail.Url(source.EntryUrl, posting.PortalId), detail.Navigation, detail.Answer(posting.PortalId));
    }

    /// <summary>One listing pass of the family on the opened listing page.</summary>
    protected abstract Task<ListingResult> ListAsync(CrawlSession session, IPage page, ResiliencePipeline pipeline, TSettings settings, CancellationToken cancellationToken);
}
