using System.CommandLine;
using Crawler.Analysis;
using Crawler.Hosting;
using Crawler.Model;
using Crawler.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crawler.Commands;

/// <summary>
/// <c>derive</c>: recompute every posting's derived fields, e.g. after editing the area rules;
/// <c>derive --stdin</c>: derive the fields of any text given as JSON lines, without a store.
/// </summary>
public static class DeriveCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("derive", "Recompute derived fields (experience, campus, cities, area tags, go-to-market) of every stored posting");
        var stdin = new Option<bool>("--stdin")
        {
            Description = "Read JSON lines {\"title\",\"description\",\"requirement\",\"recruitType\"} from standard input and write one JSON line of derived fields per line; the store is not touched",
        };
        command.Options.Add(stdin);
        HostedVerb.SetAction(command, common, readOnlyStore: false, async (result, host, cancellationToken) =>
        {
            if (result.GetValue(stdin))
            {
                var derive = host.Services.GetRequiredService<DerivedFieldsCalculator>();
                var output = result.InvocationConfiguration.Output;
                var error = result.InvocationConfiguration.Error;
                return await DeriveStdin.RunAsync(derive, Console.In, output, error, cancellationToken).ConfigureAwait(false);
            }

            var calculator = host.Services.GetRequiredService<DerivedFieldsCalculator>();
            var store = await HostedVerb.OpenStoreAsync(host, cancellationToken).ConfigureAwait(false);
            var changed = 0;
            var total = 0;
            foreach (var state in await store.ListSourceStatesAsync(cancellationToken).ConfigureAwait(false))
            {
                var postings = (await store.GetPostingsAsync(state.SourceId, cancellationToken).ConfigureAwait(false)).Values.ToList();
                total += postings.Count;
                var updated = postings
                    .Select(p => (Before: p, After: p with { Derived = calculator.Compute(p.Posting) }))
                    .Where(p => !Same(p.Before.Derived, p.After.Derived))
                    .Select(p => p.After).ToList();
                await store.SavePostingsAsync(updated, cancellationToken).ConfigureAwait(false);
                changed += updated.Count;
            }

            Console.Error.WriteLine($"Derived fields recomputed with rules version {calculator.RulesVersion}: {changed} of {total} postings changed.");
            return 0;
        });
        return command;
    }

    private static bool Same(DerivedFields? a, DerivedFields? b) =>
        a is not null && b is not null && a.MinYearsExperience == b.MinYearsExperience && a.IsCampus == b.IsCampus &&
        a.GoToMarket == b.GoToMarket && a.RulesVersion == b.RulesVersion &&
        a.Cities.SequenceEqual(b.Cities) && a.AreaTags.SequenceEqual(b.AreaTags);
}
