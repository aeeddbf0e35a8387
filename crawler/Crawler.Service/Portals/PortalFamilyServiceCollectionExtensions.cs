using Crawler.Portals.Alibaba;
using Crawler.Portals.Atsx;
using Crawler.Portals.Declarative;
using Crawler.Portals.Moka;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Portals;

/// <summary>Registers every portal family: its adapter and its settings (platform name plus validator).</summary>
public static class PortalFamilyServiceCollectionExtensions
{
    /// <summary>The families' settings registrations only: all that loading and validating sources needs.</summary>
    public static IServiceCollection AddPortalFamilies(this IServiceCollection services)
    {
        services.AddPortalFamily(AtsxAdapter.PlatformName, AtsxSettingsValidator.Read);
        services.AddPortalFamily(MokaAdapter.PlatformName, MokaSettingsValidator.Read);
        services.AddPortalFamily(AlibabaAdapter.PlatformName, AlibabaSettingsValidator.Read);
        services.AddPortalFamily(DeclarativeAdapter.PlatformName, DeclarativeSettingsValidator.Read);
        return services;
    }

    /// <summary>The families and their adapters.</summary>
    public static IServiceCollection AddPortalAdapters(this IServiceCollection services)
    {
        services.AddPortalFamilies();
        services.AddSingleton<IPortalAdapter, AtsxAdapter>();
        services.AddSingleton<IPortalAdapter, MokaAdapter>();
        services.AddSingleton<IPortalAdapter, AlibabaAdapter>();
        services.AddSingleton<IPortalAdapter, DeclarativeAdapter>();
        return services;
    }

    private static void AddPortalFamily<TSettings>(this IServiceCollection services, string platform, Func<Shared.SettingsReader, TSettings?> read)
        where TSettings : class =>
        services.AddSingleton<IPortalFamily>(new PortalFamily<TSettings>(platform, read));
}
