using Crawler.Lab;

namespace Crawler.Tests.Lab.Support;

/// <summary>Starts small labs for tests that change state (mutations, faults) and must not share it.</summary>
internal static class LabTestHost
{
    public static Task<LabHost> StartAsync(string site, int size = 60, int seed = 42) =>
        LabHost.StartAsync(new LabOptions
        {
            Seed = seed,
            OnlySites = [site],
            SiteSizes = new Dictionary<string, int> { [site] = size },
        });
}
