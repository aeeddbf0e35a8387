namespace Crawler.Analysis;

/// <summary>The language of the phrase an experience figure was read from.</summary>
public enum ExperienceLanguage
{
    None = 0,
    Chinese = 1,
    English = 2,
}
