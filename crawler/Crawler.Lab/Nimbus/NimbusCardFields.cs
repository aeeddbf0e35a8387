namespace Crawler.Lab.Nimbus;

/// <summary>
/// The names one Nimbus card shape gives the fields every card carries (id, title, cities, team, track label, and the
/// texts when asked for): the feed of <c>/jobs</c> and the job board write the same card under different names.
/// A shape with an <c>UpdateTime</c> name also carries the publish time (epoch milliseconds), after the track.
/// </summary>
internal sealed record NimbusCardFields(
    string Id,
    string Title,
    string Cities,
    string Team,
    string Type,
    string Description,
    string Requirement,
    string? UpdateTime = null);
