using System.CommandLine;
using System.Globalization;
using Crawler.Analysis;
using Crawler.Analysis.Reporting;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary><c>report</c>: the study over the stored postings, as Markdown, JSON or a self-contained HTML page.</summary>
public static class ReportCommand
{
    public static Command Create(CommonOptions common)
    {
        var format = new Option<string>("--format") { Description = "markdown, json or html", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "md", "json", "html");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var asOf = new Option<string?>("--as-of") { Description = "Postings open on this date (yyyy-MM-dd, UTC) instead of the current active ones" };
        asOf.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && !DateTimeOffset.TryParseExact(r.Tokens[0].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                r.AddError($"--as-of '{r.Tokens[0].Value}' is not a date: write it as yyyy-MM-dd, e.g. 2026-06-23.");
        });
        var weeks = new Option<int>("--weeks") { Description = "Weeks the report over time covers (appeared, disappeared, open per firm); 0 leaves it out", DefaultValueFactory = _ => 12 };
        weeks.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 520) r.AddError("--weeks must be 0 to 520.");
        });
        var command = new Command("report", "The study report: postings per firm, areas, go-to-market, cities (1/N), experience, campus share, and the weeks before") { format, output, asOf, weeks };
        HostedVerb.SetStoreAction(command, common, readOnlyStore: true, async (result, host, store, cancellationToken) =>
        {
            var postings = await StoredPostings.AllAsync(store, cancellationToken).ConfigureAwait(false);
            var options = new ReportOptions
            {
                Calculator = host.Services.GetRequiredService<DerivedFieldsCalculator>(),
                Weeks = result.GetValue(weeks),
                AsOf = result.GetValue(asOf) is { } date
                    ? DateTimeOffset.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).AddDays(1).AddTicks(-1)
                    : null,
            };
            var report = StudyReportBuilder.Build(postings, options);
            var text = result.GetValue(format) switch
            {
                "json" => new JsonReportRenderer().Render(report),
                "html" => new HtmlReportRenderer().Render(report),
                _ => new MarkdownReportRenderer().Render(report),
            };
            if (result.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
                // The page counts the postings open at the report's date; the store also keeps the gone ones.
                var counted = options.AsOf is { } day ? $"open on {day:yyyy-MM-dd}" : "active now";
                Console.Error.WriteLine($"Report of {report.TotalPostings} postings {counted} (of {postings.Count} stored, gone ones included) written to {Path.GetFullPath(path)}");
            }
            else
            {
                Console.Out.Write(text);
            }

            return 0;
        });
        return command;
    }
}
