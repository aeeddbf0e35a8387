using Crawler.Snapshots;
using Crawler.Storage;

namespace Crawler.Crawling;

/// <summary>
/// What the render stage leaves for the commit: the snapshots it stored (ids and times only, the bodies are in the
/// store already) and the renderer's report, which lists only the postings without a snapshot (failed or not tried).
/// </summary>
/// <param name="Stored">The snapshots stored, by posting key.</param>
/// <param name="Report">The postings without a snapshot (failed or not tried) and why rendering stopped, if it did.</param>
/// <param name="Attempted">Details the renderers tried.</param>
/// <param name="Answers">The detail answers the renders captured, by posting key (detail-only fields are read from them).</param>
/// <param name="StoreTime">Time spent in the store writing the snapshots, summed over the renderers.</param>
internal sealed record RenderStageResult(
    IReadOnlyDictionary<string, SnapshotMark> Stored, DetailRenderReport Report, int Attempted, IReadOnlyDictionary<string, RenderedAnswer> Answers, TimeSpan StoreTime);
