using Crawler.Lab;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Tests.Support;

/// <summary>
/// The events a correct crawler emits for what the lab changed: appeared for the initial postings and every
/// added one, changed for every edited one, disappeared for every removed one, each exactly once.
/// </summary>
public sealed class ExpectedEvents(string sourceId)
{
    private readonly List<string> _expected = [];

    public void Initial(IEnumerable<LabPosting> truth) => _expected.AddRange(truth.Select(p => Line(ChangeKind.Appeared, p.Id)));

    public void Mutation(LabMutation mutation)
    {
        _expected.AddRange(mutation.Added.Select(id => Line(ChangeKind.Appeared, id)));
        _expected.AddRange(mutation.Edited.Select(id => Line(ChangeKind.Changed, id)));
        _expected.AddRange(mutation.Removed.Select(id => Line(ChangeKind.Disappeared, id)));
    }

    /// <summary>
    /// Asserts the stored events are exactly the expected ones with unique ids, and the active postings exactly the
    /// lab's ground truth; returns the events checked and the false ones (stored but not expected, or missing).
    /// </summary>
    public async Task<(int Checked, int False)> VerifyAsync(ICrawlStore store, LabSite site)
    {
        var events = await store.ListEventsAsync(new EventQuery { SourceId = sourceId, Limit = int.MaxValue }, CancellationToken.None);
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        var actual = events.Select(e => Line(e.Kind, e.PostingKey[(sourceId.Length + 1)..])).Order(StringComparer.Ordinal).ToList();
        var expected = _expected.Order(StringComparer.Ordinal).ToList();
        var unexpected = Minus(actual, expected);
        var missing = Minus(expected, actual);
        Assert.True(unexpected.Count == 0 && missing.Count == 0,
            $"unexpected events: [{string.Join(", ", unexpected)}]; missing events: [{string.Join(", ", missing)}]");

        var postings = await store.GetPostingsAsync(sourceId, CancellationToken.None);
        var active = postings.Values.Where(p => p.Status == PostingStatus.Active).ToDictionary(p => p.Posting.PortalId, StringComparer.Ordinal);
        var truth = site.GroundTruth();
        Assert.Equal(truth.Select(p => p.Id).Order(StringComparer.Ordinal), active.Keys.Order(StringComparer.Ordinal));
        foreach (var posting in truth)
        {
            Assert.Equal(posting.Title, active[posting.Id].Posting.Title);
            Assert.Equal(posting.Cities, active[posting.Id].Posting.Cities);
        }

        return (actual.Count, unexpected.Count + missing.Count);
    }

    private static List<string> Minus(List<string> left, List<string> right)
    {
        var rest = right.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in left)
        {
            if (rest.TryGetValue(item, out var n) && n > 0) rest[item] = n - 1;
            else result.Add(item);
        }

        return result;
    }

    private static string Line(ChangeKind kind, string portalId) => $"{kind}:{portalId}";
}
