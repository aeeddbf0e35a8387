using Crawler.Model;

namespace Crawler.Changes;

/// <summary>
/// Deterministic event ids: the posting key, how many events the posting had before, and the kind. A run
/// re-processed after a crash starts from the same stored state and so yields the same ids, which the store
/// de-duplicates; a committed run has moved the state on, so it yields no event at all.
/// </summary>
public static class EventIds
{
    public static string For(string postingKey, int eventCountBefore, ChangeKind kind) =>
        ContentHasher.Sha256($"{postingKey}\u001f{eventCountBefore}\u001f{kind}")[..32];
}
