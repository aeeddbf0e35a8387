using Crawler.Commands;
using Crawler.Configuration;
using Crawler.Hosting;
using Microsoft.Extensions.Options;
using Serilog;

Log.Logger = LoggingSetup.Bootstrap();
try
{
    var parse = CrawlerCommandLine.Create().Parse(args);
    var invocation = new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false };
    if (RunCommand.HandlesSignalsItself(parse)) invocation.ProcessTerminationTimeout = null;
    return await parse.InvokeAsync(invocation);
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
