using System.Net.Http.Json;
using System.Text.Json;
using Crawler.Lab;
using Crawler.Tests.Lab.Support;

namespace Crawler.Tests.Lab;

/// <summary>Mutations change the listed postings exactly as they report.</summary>
public sealed class LabMutationTests
{
    [Fact]
    public async Task Mutate_AddRemoveEdit_GroundTruthReflectsTheReportedIds()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-experienced", 100);
        var site = lab.Sites[0];
        var before = site.GroundTruth().ToDictionary(p => p.Id);

        var mutation = site.Mutate(add: 5, remove: 3, edit: 4);

        var after = site.GroundTruth().ToDictionary(p => p.Id);
        Assert.Equal((5, 3, 4), (mutation.Added.Count, mutation.Removed.Count, mutation.Edited.Count));
        Assert.Equal(102, after.Count);
        Assert.All(mutation.Added, id => Assert.True(after.ContainsKey(id) && !before.ContainsKey(id)));
        Assert.All(mutation.Removed, id => Assert.False(after.ContainsKey(id)));
        Assert.All(mutation.Edited, id => Assert.True(
            before[id].Title != after[id].Title || before[id].Requirement != after[id].Requirement || !before[id].CityCodes.SequenceEqual(after[id].CityCodes)));
        Assert.Empty(mutation.Removed.Intersect(mutation.Edited));
        var untouched = before.Keys.Except(mutation.Removed).Except(mutation.Edited);
        Assert.All(untouched, id => Assert.Same(before[id], after[id]));
    }

    [Fact]
    public async Task Mutate_SameSeedAndSequence_GivesSameResult()
    {
        await using var first = await LabTestHost.StartAsync("minimax-social", 80);
        await using var second = await LabTestHost.StartAsync("minimax-social", 80);

        var a = new[] { first.Sites[0].Mutate(2, 2, 2), first.Sites[0].Mutate(3, 1, 1) };
        var b = new[] { second.Sites[0].Mutate(2, 2, 2), second.Sites[0].Mutate(3, 1, 1) };

        Assert.Equal(a.Select(m => (string.Join(',', m.Added), string.Join(',', m.Removed), string.Join(',', m.Edited))),
            b.Select(m => (string.Join(',', m.Added), string.Join(',', m.Removed), string.Join(',', m.Edited))));
        Assert.Equal(first.Sites[0].GroundTruth().Select(p => p.Title), second.Sites[0].GroundTruth().Select(p => p.Title));
    }

    [Fact]
    public async Task Detail_RemovedPosting_ReportsChannelOffline()
    {
        await using var lab = await LabTestHost.StartAsync("bytedance-campus", 30);
        var site = lab.Sites[0];
        var removed = site.Mutate(0, 1, 0).Removed[0];
        using var client = new AtsxTestClient(site);
        await client.FetchTokenAsync();

        using var response = await client.DetailAsync(removed);

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, document.RootElement.GetProperty("data").GetProperty("job_post_detail").GetProperty("channel_online_status").GetInt32());
        var data = await client.SearchDataAsync(AtsxTestClient.SearchBody(0, 100));
        Assert.Equal(29, data.GetProperty("count").GetInt32());
        Assert.DoesNotContain(data.GetProperty("job_post_list").EnumerateArray(), p => p.GetProperty("id").GetString() == removed);
    }

    [Fact]
    public async Task ControlEndpoints_MutateThenTruth_AgreeWithTheSite()
    {
        await using var lab = await LabTestHost.StartAsync("minimax-campus", 40);
        var site = lab.Sites[0];
        using var http = new HttpClient { BaseAddress = site.EntryUrl };

        using var response = await http.PostAsync("/__lab/mutate?site=minimax-campus&add=2&remove=1&edit=1", null);
        var mutation = await response.Content.ReadFromJsonAsync<LabMutation>(JsonSerializerOptions.Web);
        var truth = await http.GetFromJsonAsync<List<LabPosting>>("/__lab/truth?site=minimax-campus", JsonSerializerOptions.Web);

        Assert.NotNull(mutation);
        Assert.Equal(2, mutation.Added.Count);
        Assert.Equal(site.GroundTruth().Select(p => p.Id), truth!.Select(p => p.Id));
        Assert.Equal(41, truth!.Count);
    }
}
