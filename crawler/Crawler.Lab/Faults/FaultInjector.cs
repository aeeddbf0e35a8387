using Crawler.Lab.Generation;

namespace Crawler.Lab.Faults;

/// <summary>
/// Decides the fault of each API call from the plan's seed and the number of calls since the plan was set:
/// one uniform draw per call, split into the plan's rates in a fixed order. A site whose list and detail calls
/// run at once (details render while the listing goes on) counts each kind of call apart, so that which list
/// call fails does not depend on how the two interleave.
/// </summary>
internal sealed class FaultInjector
{
    private FaultState state = new(FaultPlan.None);

    public FaultPlan Plan
    {
        get => Volatile.Read(ref state).Plan;
        set => Volatile.Write(ref state, new FaultState(value ?? FaultPlan.None));
    }

    /// <param name="callKind">null: one sequence for every call; else this kind's own sequence (and its own draws).</param>
    public FaultKind Next(string? callKind = null)
    {
        var current = Volatile.Read(ref state);
        var plan = current.Plan;
        var call = callKind is null
            ? Interlocked.Increment(ref current.Calls)
            : current.ByKind.AddOrUpdate(callKind, 1, (_, n) => n + 1);
        if (call <= plan.FailFirstRequests)
        {
            return FaultKind.FailFirst;
        }

        var roll = callKind is null ? StableHash.Unit(plan.Seed, "fault", call) : StableHash.Unit(plan.Seed, "fault-" + callKind, call);
        (FaultKind Kind, double Rate)[] bands =
        [
            (FaultKind.ServerError, plan.ServerErrorRate),
            (FaultKind.TooManyRequests, plan.TooManyRequestsRate),
            (FaultKind.Slow, plan.SlowRate),
            (FaultKind.Truncate, plan.TruncateRate),
            (FaultKind.Hang, plan.HangRate),
            (FaultKind.Corrupt, plan.CorruptRate),
        ];
        foreach (var (kind, rate) in bands)
        {
            if (roll < rate)
            {
                return kind;
            }

            roll -= rate;
        }

        return FaultKind.None;
    }

    private sealed class FaultState(FaultPlan plan)
    {
        public FaultPlan Plan { get; } = plan;

        public long Calls;

        public System.Collections.Concurrent.ConcurrentDictionary<string, long> ByKind { get; } = new(StringComparer.Ordinal);
    }
}
