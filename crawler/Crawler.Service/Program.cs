using Crawler.Commands;
using Crawler.Hosting;
using Serilog;

Log.Logger = LoggingSetup.Bootstrap();
try
{
    // Every failure becomes one line on standard error and an exit code (README "Exit codes").
    return await CrawlerEntry.RunAsync(args, Console.Error);
}
finally
{
    await Log.CloseAndFlushAsync();
}
