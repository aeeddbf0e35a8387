using System.CommandLine;
using Crawler.Commands;
using Crawler.Configuration;
using Crawler.Hosting;
using Crawler.LabCli;
using Microsoft.Extensions.Options;
using Serilog;

Log.Logger = LoggingSetup.Bootstrap();
try
{
    var root = new RootCommand("The lab: simulated careers portals on 127.0.0.1, and the demo of the crawler against them.");
    root.Subcommands.Add(DemoCommand.Create(new CommonOptions()));
    root.Subcommands.Add(LabCommand.Create());
    var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
    return await root.Parse(args).InvokeAsync(invocation);
}
catch (Exception ex) when (ex is SourceValidationException or OptionsValidationException or FileNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
catch (Exception ex)
{
    Log.Fatal(ex, "crawler-lab stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}
