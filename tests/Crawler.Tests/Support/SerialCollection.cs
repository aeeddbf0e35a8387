namespace Crawler.Tests;

/// <summary>Tests that measure speed run alone, not beside a browser test on a two-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial (timing)";
}
