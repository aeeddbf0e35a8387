namespace Crawler.Lab;

/// <summary>How the lab is started: which sites, how big, and from which seed.</summary>
public sealed record LabOptions
{
    /// <summary>Seed of every generated posting and mutation. Default 42.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Address Kestrel binds to. Default <c>127.0.0.1</c>.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>
    /// First port of the tenant hosts; tenant <c>i</c> listens on <c>BasePort + i</c>.
    /// Default 0: every tenant takes a free port (tests).
    /// </summary>
    public int BasePort { get; init; }

    /// <summary>Site id to number of postings; sites not listed use their defaults.</summary>
    public IReadOnlyDictionary<string, int> SiteSizes { get; init; } = new Dictionary<string, int>();

    /// <summary>Which sites to serve (null = all).</summary>
    public IReadOnlyCollection<string>? OnlySites { get; init; }

    /// <summary>Clock for injected delays (slow and hanging responses). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
