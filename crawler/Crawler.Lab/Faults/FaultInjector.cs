using Crawler.Lab.Generation;

namespace Crawler.Lab.Faults;

/// <summary>
/// Decides the fault of each API call from the plan's seed and the number of calls since the plan was set:
/// one uniform draw per call, split into the plan's rates in a fixed order.
/// </summary>
internal sealed class FaultInjector
{
    private FaultState state = new(FaultPlan.None);

    public FaultPlan Plan
    {
        get => Volatile.Read(ref state).Plan;
        set => Volatile.Write(ref state, new FaultState(value ?? FaultPlan.None));
    }

    public FaultKind Next()
    {
        var current = Volatile.Read(ref state);
        var plan = current.Plan;
        var call = Interlocked.Increment(ref current.Calls);
        if (call <= plan.FailFirstRequests)
        {
            return FaultKind.FailFirst;
        }

        var roll = StableHash.Unit(plan.Seed, "fault", call);
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
    }
}
