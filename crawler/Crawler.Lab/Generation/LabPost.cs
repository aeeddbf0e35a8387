namespace Crawler.Lab.Generation;

/// <summary>
/// What every family's generated posting carries: the ground truth, the role and language it was written from,
/// and whether it is still listed. Each family adds the fields its own JSON needs.
/// </summary>
internal abstract record LabPost
{
    public required LabPosting Posting { get; init; }
    public required RoleTemplate Role { get; init; }
    public required TextLanguage Language { get; init; }

    /// <summary>False once removed: gone from the list (what the detail answers then is the family's own).</summary>
    public bool Online { get; init; } = true;

    public string Id => Posting.Id;
}
