namespace Crawler.Portals;

/// <summary>Leaves a screenshot and the HTML of a page that failed, for the operator; never throws.</summary>
public interface IErrorSnapshots
{
    /// <summary>Writes <c>{stem}.png</c> and <c>{stem}.html</c>; returns the stem, or null when it could not.</summary>
    Task<string?> WriteAsync(IPage page, string sourceId, string label);
}
