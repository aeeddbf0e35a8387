using Crawler.Portals;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Tests.Support;

/// <summary>The portal families exactly as the product registers them, for loading sources without a host.</summary>
public static class TestFamilies
{
    public static IReadOnlyList<IPortalFamily> All { get; } = Registered();

    private static List<IPortalFamily> Registered()
    {
        using var provider = new ServiceCollection().AddPortalFamilies().BuildServiceProvider();
        return [.. provider.GetServices<IPortalFamily>()];
    }
}
