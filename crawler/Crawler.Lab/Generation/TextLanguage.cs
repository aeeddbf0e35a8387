namespace Crawler.Lab.Generation;

/// <summary>The language a posting is written in.</summary>
internal enum TextLanguage
{
    Chinese,
    English,
    Mixed,
}
