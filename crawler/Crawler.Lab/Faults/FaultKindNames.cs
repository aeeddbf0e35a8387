namespace Crawler.Lab.Faults;

internal static class FaultKindNames
{
    public const string TokenExpired = "token-expired";

    public static string Name(this FaultKind kind) => kind switch
    {
        FaultKind.FailFirst => "fail-first",
        FaultKind.ServerError => "server-error",
        FaultKind.TooManyRequests => "too-many-requests",
        FaultKind.Slow => "slow",
        FaultKind.Truncate => "truncate",
        FaultKind.Hang => "hang",
        FaultKind.Corrupt => "corrupt",
        _ => "none",
    };
}
