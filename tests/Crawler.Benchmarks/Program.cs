using Crawler.Benchmarks;

// dotnet run --project tests/Crawler.Benchmarks -c Release -- soak --cycles 100 [--size 60] [--csv FILE]
if (args.Length == 0 || args[0] != "soak")
{
    Console.Error.WriteLine("usage: soak [--cycles N] [--size POSTINGS] [--csv FILE]");
    return 2;
}

string Arg(string name, string fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
var settings = new SoakSettings(
    int.Parse(Arg("--cycles", "30"), System.Globalization.CultureInfo.InvariantCulture),
    int.Parse(Arg("--size", "60"), System.Globalization.CultureInfo.InvariantCulture),
    Arg("--csv", Path.Combine("data", "soak.csv")));
await SoakBenchmark.RunAsync(settings);
return 0;
