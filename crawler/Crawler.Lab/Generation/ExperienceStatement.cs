namespace Crawler.Lab.Generation;

/// <summary>A requirement sentence about experience and the lower bound it states (null = states none).</summary>
internal sealed record ExperienceStatement(string Text, double? MinYears);
