namespace Crawler.Lab.Generation;

/// <summary>
/// The mutation every family's posting store shares: remove, then edit, then add, drawing the ids from the
/// listed postings with one seeded random so the same seed and mutation count always touch the same postings.
/// Each family says only how it removes, edits and creates one posting.
/// </summary>
internal static class LabMutations
{
    public static LabMutation Apply(
        IEnumerable<string> listedIds, int add, int remove, int edit, Random random,
        Action<string> removeOne, Action<string> editOne, Func<int, string> addOne)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(add);
        ArgumentOutOfRangeException.ThrowIfNegative(remove);
        ArgumentOutOfRangeException.ThrowIfNegative(edit);
        var pool = listedIds.Order(StringComparer.Ordinal).ToList();
        var removed = random.TakeFrom(pool, remove);
        removed.ForEach(removeOne);
        var edited = random.TakeFrom(pool, edit);
        edited.ForEach(editOne);
        var added = Enumerable.Range(0, add).Select(addOne).ToList();
        return new LabMutation(added, removed, edited);
    }
}
