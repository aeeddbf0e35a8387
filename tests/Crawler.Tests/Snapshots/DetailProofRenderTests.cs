using Crawler.Browsing;
using Crawler.Diagnostics;
using Crawler.Portals;
using Crawler.Snapshots;
using Crawler.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crawler.Tests.Snapshots;

/// <summary>
/// Real Chromium against an app that shows a posting's title at once and its description later: the posting's
/// own listed words decide when its detail is complete, not a quiet moment that a slow second call outlasts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DetailProofRenderTests(BrowserFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private static readonly Dictionary<string, (string Title, string Description)> Jobs = new()
    {
        ["a1"] = ("推荐算法工程师", "负责短视频推荐系统的召回与排序模型优化"),
        ["b2"] = ("Search Quality Engineer", "Improve ranking quality for multilingual web search results"),
        ["c3"] = ("大模型推理工程师", "负责千卡集群上的大模型推理加速与服务化"),
    };

    [Fact]
    public async Task RenderAsync_DescriptionShownAfterTheSettleTime_WaitsForThePostingsOwnText()
    {
        // 500 ms after the title: longer than the 200 ms quiet moment, so the quiet DOM alone takes the page early.
        await using var site = await ProofSite.StartAsync(Jobs, lateMs: 500);

        var (proven, ledger) = await RenderAsync(site, Jobs.Keys, withPhrases: true, new DetailOptions());
        var (unproven, _) = await RenderAsync(site, Jobs.Keys, withPhrases: false, new DetailOptions());

        Assert.All(proven, r =>
        {
            Assert.True(r.Page is not null, r.Error);
            Assert.Contains(Jobs[r.PostingKey].Description, r.Page.Text, StringComparison.Ordinal);
            Assert.Equal("text", r.Page.Proof);
        });
        Assert.Equal(3, ledger.Proven);
        // The contrast that shows the app is really late: without the phrases the snapshots miss their descriptions.
        Assert.All(unproven, r =>
        {
            Assert.True(r.Page is not null, r.Error);
            Assert.DoesNotContain(Jobs[r.PostingKey].Description, r.Page.Text, StringComparison.Ordinal);
            Assert.Equal("", r.Page.Proof);
        });
    }

    [Fact]
    public async Task RenderAsync_PageNeverShowsTheListedText_RendersEveryDetailAndStopsWaitingForIt()
    {
        // The listing's summary is not the detail's wording: the wait for it must not fail a detail, nor go on
        // costing every posting once the run has seen it miss.
        var worded = Jobs.ToDictionary(j => j.Key, j => (j.Value.Title, "Summary as the listing words it, nowhere on the page " + j.Key));
        await using var site = await ProofSite.StartAsync(Jobs, lateMs: 0);
        var keys = Enumerable.Range(0, 5).SelectMany(_ => Jobs.Keys).Take(5).ToList();

        var (results, ledger) = await RenderAsync(site, keys, withPhrases: true, new DetailOptions { ProofWait = TimeSpan.FromMilliseconds(300) }, worded);

        Assert.All(results, r =>
        {
            Assert.True(r.Page is not null, r.Error);
            Assert.Contains(Jobs[r.PostingKey].Title, r.Page.Text, StringComparison.Ordinal);
            Assert.Equal("missed", r.Page.Proof);
        });
        Assert.Equal(5, ledger.Missed);
        Assert.False(ledger.WaitWanted);
        Assert.Contains("stopped waiting", ledger.Summary(5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_PreviousPostingShowedTheSamePhrase_ProvesByAPhraseThatIsNew()
    {
        // Boilerplate shared by two postings is on the page when the second is routed to: it proves nothing there,
        // the posting's own line does.
        const string shared = "与产品、运营团队紧密协作，推动业务目标达成";
        var jobs = new Dictionary<string, (string Title, string Description)>
        {
            ["a1"] = ("推荐算法工程师", shared + "\n负责短视频推荐系统的召回"),
            ["b2"] = ("大模型推理工程师", shared + "\n负责大模型推理加速与服务化"),
            ["c3"] = ("数据平台工程师", shared),
        };
        await using var site = await ProofSite.StartAsync(jobs, lateMs: 0);

        var (results, _) = await RenderAsync(site, ["a1", "b2", "c3"], withPhrases: true, new DetailOptions(), jobs);

        var proofs = results.ToDictionary(r => r.PostingKey, r => r.Page?.Proof);
        Assert.Equal("text", proofs["a1"]);
        Assert.Equal("text", proofs["b2"]);
        Assert.Equal("before", proofs["c3"]);
    }

    /// <summary>Renders <paramref name="keys"/> one after the other on one page (in the app after the first).</summary>
    private async Task<(List<DetailRenderResult> Results, DetailProofLedger Proofs)> RenderAsync(
        ProofSite site, IEnumerable<string> keys, bool withPhrases, DetailOptions options,
        IReadOnlyDictionary<string, (string Title, string Description)>? listed = null)
    {
        listed ??= Jobs;
        var context = await fixture.Browser.NewContextAsync(new HostAllowList(["127.0.0.1"]), CancellationToken.None);
        var renderer = new DetailRenderer(
            new ErrorSnapshotWriter(new TempDirectory().Path, TimeProvider.System, NullLogger<ErrorSnapshotWriter>.Instance),
            Microsoft.Extensions.Options.Options.Create(options), NullLogger<DetailRenderer>.Instance);
        var proofs = new DetailProofLedger();
        var results = new List<DetailRenderResult>();
        try
        {
            await using var slot = renderer.NewSlot(context);
            foreach (var key in keys)
            {
                var target = new DetailTarget(site.Url(key), null, null, DetailNavigation.Hash)
                {
                    Title = listed[key].Title,
                    ExpectedText = withPhrases ? DetailProof.Phrases(listed[key].Description) : [],
                };
                results.Add(await renderer.RenderOnAsync(slot, "proof-site", key, target, Timeout, proofs));
            }
        }
        finally
        {
            await context.CloseAsync();
        }

        return (results, proofs);
    }
}
