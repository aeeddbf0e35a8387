using Crawler.Commands;
using Crawler.Configuration;
using Crawler.Hosting;
using Microsoft.Extensions.Options;
using Serilog;

Log.Logger = LoggingSetup.Bootstrap();
try
{
    return await CrawlerCommandLine.Create().Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is SourceValidationException or OptionsValidationException or FileNotFoundException)
{
    // Invalid configuration: say what and where, without a stack trace.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (Exception ex)
{
    Log.Fatal(ex, "crawler stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
