using System.Globalization;
using System.Runtime.CompilerServices;
using Crawler.Model;
using Crawler.Storage;

namespace Crawler.Changes;

/// <summary>
/// Streams events from the store in sequence order, starting after a position, polling for new ones.
/// With a cursor file the position survives a restart of the consumer: the next start resumes right after
/// the last event handed out, so nothing is skipped or repeated.
/// </summary>
public sealed class EventFollower(IEventLog store, TimeProvider time)
{
    private const int PageSize = 500;

    public async IAsyncEnumerable<ChangeEvent> FollowAsync(
        EventQuery filter, long startAfter, TimeSpan pollInterval, bool follow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = startAfter;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await store.ListEventsAsync(filter with { AfterSequence = after, Limit = PageSize }, cancellationToken).ConfigureAwait(false);
            foreach (var change in page)
            {
                yield return change;
                after = change.Sequence;
            }

            if (page.Count == PageSize) continue;
            if (!follow) yield break;
            await Task.Delay(pollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The position stored in a cursor file, or 0 when it does not exist yet.</summary>
    public static long ReadCursor(string path) =>
        File.Exists(path) && long.TryParse(File.ReadAllText(path).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : File.Exists(path) ? throw new InvalidDataException($"Cursor file '{path}' does not hold a sequence number.") : 0;

    /// <summary>Writes the position atomically (temp file, then rename), so a crash never leaves half a number.</summary>
    public static void WriteCursor(string path, long sequence)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, sequence.ToString(CultureInfo.InvariantCulture));
        File.Move(temp, path, overwrite: true);
    }
}
