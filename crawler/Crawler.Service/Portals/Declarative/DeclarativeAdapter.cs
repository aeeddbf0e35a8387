using Crawler.Model;
using Crawler.Resilience;
using Polly.Registry;

namespace Crawler.Portals.Declarative;

/// <summary>
/// Any portal no built-in adapter knows, described entirely by the source's <c>settings</c>: API-capture
/// rules (read the JSON the page fetches) or DOM selectors, a way to the next page, and a way to each
/// posting's detail page. See docs/declarative.md for the keys and a walkthrough.
/// </summary>
public sealed class DeclarativeAdapter(ResiliencePipelineProvider<PortalPipelineKey> pipelines, ILogger<DeclarativeAdapter> logger) : IPortalAdapter, IDetailFieldReader
{
    public const string PlatformName = "declarative";

    public string Platform => PlatformName;

    public Task<ListingResult> ListAsync(CrawlSession session, CancellationToken cancellationToken)
    {
        var settings = DeclarativeSettings.From(session.Source);
        var pipeline = pipelines.GetPipeline(PortalPipelineKey.PageFor(session.Source.EntryUrl.Host));
        return new DeclarativeListing(session, settings, pipeline, logger).RunAsync(cancellationToken);
    }

    public DetailTarget GetDetailTarget(SourceDefinition source, ObservedPosting posting)
    {
        var settings = DeclarativeSettings.From(source);
        var url = posting.Url ?? DeclarativePostingParser.Url(settings, null, posting.PortalId, source.EntryUrl)
                  ?? throw new InvalidOperationException($"Source '{source.Id}': posting {posting.PortalId} has no detail URL (set {DeclarativeKeys.DetailUrlTemplate} or map a url field)");
        return new DetailTarget(new Uri(url), WithId(settings.DetailReady, posting.PortalId), WithId(settings.DetailContent, posting.PortalId), settings.DetailNavigation)
        {
            Title = posting.Title,
            Answer = DeclarativeDetailFields.Answer(source, settings, posting.PortalId),
            ExpectedText = Snapshots.DetailProof.Phrases(posting.Description + "\n" + posting.Requirement),
            ErrorSelector = settings.DomError,
            RetrySelector = settings.DomRetry,
            SettingHint = $"settings.{DeclarativeKeys.DetailReady} / settings.{DeclarativeKeys.DetailContent}",
        };
    }

    public bool RendersWhileListing(SourceDefinition source) => DeclarativeSettings.From(source).Mode == DeclarativeMode.Api;

    public DetailFieldRules? DetailFields(SourceDefinition source) => DeclarativeDetailFields.Rules(source, DeclarativeSettings.From(source));

    /// <summary>A selector with <c>{id}</c> replaced by the posting id (quotes stripped so it cannot break the selector).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(selector))]
    public static string? WithId(string? selector, string id) =>
        selector?.Replace("{id}", id.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal);
}
