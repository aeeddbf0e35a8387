namespace Crawler.Lab.Faults;

/// <summary>What an API call suffers; the names are the keys of <see cref="LabStats.FaultsInjected"/>.</summary>
internal enum FaultKind
{
    None,
    FailFirst,
    ServerError,
    TooManyRequests,
    Slow,
    Truncate,
    Hang,
    Corrupt,
}
