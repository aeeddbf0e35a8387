namespace Crawler.Lab.Hosting;

/// <summary>
/// How a portal's search pages through its matches: a page holds at most <paramref name="MaxPageSize"/> (a larger size
/// asked for is cut down to it), and nothing at or past <paramref name="ResultCap"/> is ever returned, whatever the total.
/// </summary>
/// <param name="MaxPageSize">The largest page the server sends.</param>
/// <param name="ResultCap">The window of the real search: offsets at or past it return nothing.</param>
internal sealed record LabPaging(int MaxPageSize, int ResultCap)
{
    /// <summary>The matches from <paramref name="offset"/> on: one page of at most <paramref name="size"/>, never past the cap.</summary>
    public IReadOnlyList<T> Window<T>(IReadOnlyList<T> matches, int offset, int size)
    {
        var end = Math.Min(Math.Min(matches.Count, ResultCap), offset + Math.Min(size, MaxPageSize));
        return offset < end ? [.. matches.Skip(offset).Take(end - offset)] : [];
    }
}
