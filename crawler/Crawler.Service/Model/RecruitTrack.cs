namespace Crawler.Model;

/// <summary>The hiring track a posting belongs to, as the portal itself states it.</summary>
public enum RecruitTrack
{
    Unknown = 0,
    /// <summary>New-graduate (校招 正式).</summary>
    Campus = 1,
    /// <summary>Internship (实习).</summary>
    Intern = 2,
    /// <summary>Experienced hire (社招).</summary>
    Experienced = 3,
}
