namespace Crawler.Lab.Hosting;

/// <summary>What one use of an issued token found (<see cref="TokenUses.Use"/>).</summary>
internal enum TokenCheck
{
    Valid,
    Invalid,
    Expired,
}
