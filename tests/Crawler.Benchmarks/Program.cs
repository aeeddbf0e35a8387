using Crawler.Benchmarks;
using Crawler.Benchmarks.Crawl;

// dotnet run --project tests/Crawler.Benchmarks -c Release -- soak --cycles 100 [--size 60] [--csv FILE]
// dotnet run --project tests/Crawler.Benchmarks -c Release -- crawl [--postings 1600] [--family declarative|atsx|moka|alibaba] [--crawlee] [--kill] [--first-only] [--crawler-arg ARG]... [--out DIR]
const string Usage = "usage: soak [--cycles N] [--size POSTINGS] [--csv FILE]\n       crawl [--postings 1600] [--family declarative|atsx|moka|alibaba] [--crawlee] [--kill] [--first-only] [--crawler-arg ARG]... [--out DIR]";
if (args.Length == 0 || args[0] is not ("soak" or "crawl"))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (args[0] == "crawl")
{
    CrawlSettings crawl;
    try
    {
        crawl = CrawlSettings.Parse(args);
    }
    catch (Exception ex) when (ex is ArgumentException or FormatException)
    {
        Console.Error.WriteLine(ex.Message);
        Console.Error.WriteLine(Usage);
        return 2;
    }

    return await CrawlBenchmark.RunAsync(crawl);
}

string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var settings = new SoakSettings(
    int.Parse(Arg("--cycles", "30"), System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(Arg("--size", "60"), System.Globalization.CultureInfo.InvariantCulture),
    Arg("--csv", Path.Combine("data", "soak.csv")));
await SoakBenchmark.RunAsync(settings);
return 0;
