using System.Text.Json;
using System.Text.Json.Serialization;
using Crawler.Analysis;
using Crawler.Changes;

namespace Crawler.Commands;

/// <summary>
/// <c>derive --stdin</c>: reads postings as JSON lines and writes one JSON line of derived fields per input
/// line, through the calculator that fills stored postings. A malformed line gets one error line on the
/// error writer and the rest go on.
/// </summary>
public static class DeriveStdin
{
    /// <summary>The events' JSON, but every field written, null included: a script reading the lines sees each key.</summary>
    private static readonly JsonSerializerOptions Json = new(EventJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Processes every line; 0 when all were read, 1 when any line was rejected.</summary>
    public static async Task<int> RunAsync(
        DerivedFieldsCalculator calculator, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var rejected = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = DeriveInput.Parse(line, out var problem);
            if (parsed is null)
            {
                rejected++;
                await error.WriteLineAsync($"derive --stdin: line {lineNumber}: {problem}").ConfigureAwait(false);
                continue;
            }

            var result = DeriveOutput.From(lineNumber, calculator.Explain(parsed.ToPosting()));
            await output.WriteLineAsync(JsonSerializer.Serialize(result, Json)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return rejected == 0 ? 0 : 1;
    }
}
