using Xunit.Abstractions;

namespace Crawler.Tests.Support;

/// <summary>
/// What one fault test exercised, printed as one <c>FAULT-TALLY</c> line so docs/faults.md can sum the suite's
/// figures from a test log: faults injected, runs, events checked and false events.
/// </summary>
public sealed class FaultTally(ITestOutputHelper output)
{
    public int Faults { get; set; }
    public int Runs { get; set; }
    public int EventsChecked { get; set; }
    public int FalseEvents { get; set; }

    public void Report(string test) =>
        output.WriteLine($"FAULT-TALLY test={test} faults={Faults} runs={Runs} events={EventsChecked} false={FalseEvents}");
}
