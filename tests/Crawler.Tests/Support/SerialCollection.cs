namespace Crawler.Tests;

/// <summary>Tests that measure process-wide figures (speed, heap, Chromium processes) run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (timing)";
}
