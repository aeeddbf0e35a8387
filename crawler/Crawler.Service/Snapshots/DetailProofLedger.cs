using System.Text;

namespace Crawler.Snapshots;

/// <summary>
/// What one run learned of its detail pages' proofs: the phrase is waited for (up to <see cref="DetailOptions.ProofWait"/>)
/// while pages show it, and no longer once most do not (a portal whose detail words the description differently
/// from its listing must not pay the wait on every posting). The short settle of a page that shows it stays on.
/// </summary>
internal sealed class DetailProofLedger
{
    /// <summary>Misses before the wait is judged not worth it, unless hits outnumber them four to one.</summary>
    internal const int MissesAllowed = 3;

    private int _proven;
    private int _missed;
    private int _before;

    /// <summary>Pages that showed the phrase after routing to them.</summary>
    public int Proven => Volatile.Read(ref _proven);

    /// <summary>Pages that showed the title but not the phrase within the wait.</summary>
    public int Missed => Volatile.Read(ref _missed);

    /// <summary>Whether a page that shows the title but not yet the phrase is still given the wait.</summary>
    public bool WaitWanted => Missed < MissesAllowed || Proven >= 4 * Missed;

    public void Record(string? outcome)
    {
        if (outcome == "text") Interlocked.Increment(ref _proven);
        else if (outcome == "missed") Interlocked.Increment(ref _missed);
        else if (outcome == "before") Interlocked.Increment(ref _before);
    }

    /// <summary>One line for the run's log, or null when no page had a phrase to prove.</summary>
    public string? Summary(int rendered)
    {
        var before = Volatile.Read(ref _before);
        if (Proven + Missed + before == 0) return null;
        var line = new StringBuilder($"{Proven} of {rendered} proven by the posting's own text on the page");
        if (Missed > 0) line.Append($"; {Missed} showed the title but not the listed text");
        if (before > 0) line.Append($"; {before} had it on the page before routing there (the previous posting's words), which proves nothing");
        if (!WaitWanted) line.Append(" (so the renderer stopped waiting for it: the quiet DOM decides)");
        return line.ToString();
    }
}
