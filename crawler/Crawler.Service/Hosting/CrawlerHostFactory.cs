using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Crawler.Hosting;

/// <summary>
/// Builds the host for one command: configuration from appsettings.json, playwright.config.json, an optional
/// sources file, <c>CRAWLER_</c> environment variables and the command line; Serilog from configuration.
/// </summary>
public static class CrawlerHostFactory
{
    public static IHost Build(CommandSettings settings, Action<IServiceCollection, IConfiguration>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        var config = builder.Configuration;
        config.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        config.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "playwright.config.json"), optional: true);
        config.AddJsonFile(Path.GetFullPath("playwright.config.json"), optional: true);
        config.AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true);
        if (settings.SourcesFile is { } file)
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"Sources file '{file}' does not exist.", file);
            config.AddJsonFile(Path.GetFullPath(file), optional: false);
        }

        config.AddEnvironmentVariables("CRAWLER_");
        var overrides = new Dictionary<string, string?>(settings.Overrides);
        if (settings.Database is { } db) overrides["Storage:Sqlite:Path"] = db;
        if (settings.LogFormat is { } format) overrides["Logging:Format"] = format;
        config.AddInMemoryCollection(overrides);

        builder.Services.AddSerilog((_, logger) => LoggingSetup.Configure(logger, config), preserveStaticLogger: false);
        builder.Services.AddCrawler(config);
        configure?.Invoke(builder.Services, config);
        return builder.Build();
    }
}
