using Crawler.Alerts;
using Crawler.Browsing;
using Crawler.Crawling;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Storage.Mongo;
using Crawler.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Support;

/// <summary>
/// Checks the <c>CRAWLER_…</c> variables a deployment file gives a worker against the code: each names a
/// property an options class really has (a misspelt key is silently ignored by the binder, so it would never
/// take effect), and together they pass the crawler's own start-up validation.
/// </summary>
public static class DeployedSettings
{
    private static readonly (string Section, Type Options)[] Sections =
    [
        (CrawlerOptions.SectionName, typeof(CrawlerOptions)),
        (MongoStoreServiceCollectionExtensions.SectionName, typeof(MongoStoreOptions)),
        ("Storage:Sqlite", typeof(SqliteStoreOptions)),
        (DiagnosticsOptions.SectionName, typeof(DiagnosticsOptions)),
        (AlertOptions.SectionName, typeof(AlertOptions)),
        (BrowserOptions.SectionName, typeof(BrowserOptions)),
        ("Host", typeof(HostOptions)),
    ];

    private static readonly string[] PlainKeys = ["Storage:Provider", "Logging:Format", "Logging:Level"];

    /// <summary>The configuration the crawler builds from these environment variables (prefix stripped as it does).</summary>
    public static IConfiguration FromEnvironment(IReadOnlyDictionary<string, string?> environment) =>
        new ConfigurationBuilder().AddInMemoryCollection(environment
            .Where(e => e.Key.StartsWith("CRAWLER_", StringComparison.Ordinal))
            .Select(e => KeyValuePair.Create(e.Key["CRAWLER_".Length..].Replace("__", ":", StringComparison.Ordinal), e.Value))).Build();

    /// <summary>Fails naming the first variable no options class reads.</summary>
    public static void AssertEveryKeyIsRead(IConfiguration configuration, string where)
    {
        foreach (var (key, _) in configuration.AsEnumerable().Where(e => e.Value is not null))
        {
            if (PlainKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) continue;
            var (section, type) = Sections.FirstOrDefault(s => key.StartsWith(s.Section + ":", StringComparison.OrdinalIgnoreCase));
            Assert.True(type is not null, $"{where}: CRAWLER_{key.Replace(":", "__", StringComparison.Ordinal)} is read by no options section");
            var error = Record.Exception(() => configuration.GetSection(section).Get(type, o => o.ErrorOnUnknownConfiguration = true));
            Assert.True(error is null, $"{where}: section {section}: {error?.Message}");
        }
    }

    /// <summary>Resolves the validated options of the real composition (<c>AddCrawler</c>) from this configuration.</summary>
    public static void AssertPassesStartupValidation(IConfiguration configuration, bool includingAlerts)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders());
        services.AddCrawler(configuration);
        using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<IOptions<CrawlerOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<BrowserOptions>>().Value;
        if (configuration["Storage:Provider"] is "mongodb") _ = provider.GetRequiredService<IOptions<MongoStoreOptions>>().Value;
        if (includingAlerts) _ = provider.GetRequiredService<IOptions<AlertOptions>>().Value;
    }
}
