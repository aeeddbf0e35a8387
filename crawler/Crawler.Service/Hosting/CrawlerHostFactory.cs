using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

namespace Crawler.Hosting;

/// <summary>
/// Builds the host for one command: configuration from appsettings.json, playwright.config.json, an optional
/// sources file, <c>CRAWLER_</c> environment variables, the verb's options and <c>--Section:Key=value</c>
/// arguments (<see cref="CommandLineOverrides"/>); Serilog from configuration.
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
        AddJson(config, Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        AddJson(config, Path.Combine(AppContext.BaseDirectory, "playwright.config.json"));
        AddJson(config, Path.GetFullPath("playwright.config.json"));
        AddJson(config, Path.GetFullPath("appsettings.json"));
        if (settings.SourcesFile is { } file)
        {
            if (Directory.Exists(file)) throw new FileNotFoundException($"Sources file '{file}' is a directory: pass the JSON file itself, e.g. --sources {Path.Combine(file, "sources.json")}.", file);
            if (!File.Exists(file)) throw new FileNotFoundException($"Sources file '{file}' does not exist: check the path given to --sources.", file);
            AddJson(config, Path.GetFullPath(file));
        }

        config.AddEnvironmentVariables("CRAWLER_");
        var overrides = new Dictionary<string, string?>(settings.Overrides);
        if (settings.Database is { } db) overrides["Storage:Sqlite:Path"] = db;
        if (settings.LogFormat is { } format) overrides["Logging:Format"] = format;
        if (settings.ReadOnlyStore)
        {
            overrides["Storage:Sqlite:ReadOnly"] = "true";
            overrides["Storage:Mongo:ReadOnly"] = "true";
        }
        config.AddInMemoryCollection(overrides);
        // --Section:Key=value on the command line: the strongest layer.
        config.AddInMemoryCollection(CommandLineOverrides.Current);

        builder.Services.AddSerilog((_, logger) => LoggingSetup.Configure(logger, config), preserveStaticLogger: false);
        builder.Services.AddCrawler(config);
        configure?.Invoke(builder.Services, config);
        return builder.Build();
    }

    /// <summary>Adds a JSON file when it exists, after checking its syntax so an error names its line and column.</summary>
    private static void AddJson(IConfigurationBuilder config, string path)
    {
        if (!File.Exists(path)) return;
        JsonFileCheck.Validate(path);
        config.AddJsonFile(path, optional: true);
    }
}
