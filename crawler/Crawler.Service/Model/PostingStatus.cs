namespace Crawler.Model;

/// <summary>Whether a posting is listed on its portal (as far as complete runs can tell).</summary>
public enum PostingStatus
{
    Active = 0,
    Gone = 1,
}
