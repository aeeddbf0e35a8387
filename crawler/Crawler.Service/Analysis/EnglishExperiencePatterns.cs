using System.Text.RegularExpressions;

namespace Crawler.Analysis;

/// <summary>The English regular expressions behind <see cref="ExperienceParser"/>.</summary>
internal static partial class EnglishExperiencePatterns
{
    private const string EnNum = @"(?:(?<![\w.])\d{1,2}(?:\.5)?(?![\w.%])|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)";
    // Leading form (the parser checks the character before): no look-behind at the start of a pattern.
    private const string EnNumLead = @"(?:\d{1,2}(?:\.5)?(?![\w.%])|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b)";
    private const string EnSep = @"\s*(?:-|–|—|~|to)\s*";

    /// <summary>"3+ years of experience", "at least 5 years", "3-5 years' experience", "3 years of Python".</summary>
    [GeneratedRegex(
        @"(?<a>" + EnNumLead + @")(?:" + EnSep + @"(?<b>" + EnNum + @"))?\s*(?<plus>\+|\s+or\s+more\b)?\s*-?\s*(?:years?|yrs?)\b"
        + @"(?<plus>\+|\s+or\s+(?:more|longer|above)\b|\s+(?:minimum|min\.?)(?!\w))?"
        + @"(?!\s+(?:old|ago|later)\b)(?<ctx>(?=(?:'|’)?s?\s*(?:of\b|in\b|experience|exp\b|relevant|professional|industry|working|work\b|hands-on|post|full-time|related|combined)))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishYears();

    /// <summary>"6 months of experience", "6+ months of relevant experience".</summary>
    [GeneratedRegex(
        @"(?<a>" + EnNumLead + @")\s*\+?\s*months?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?experience\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishMonths();

    /// <summary>"Experience: 3-5 years", "Experience level: Senior (7+ years)", "Experience - 2 years", "Years of experience: 5+".</summary>
    [GeneratedRegex(
        @"\bexperience\s*(?:level|required|requirements?)?\s*(?:[:：\-–—]|of)\s*(?:[a-z][\w-]*\s*)?\(?\s*(?<a>" + EnNum + @")(?:" + EnSep + @"(?<b>" + EnNum + @"))?\s*\+?\s*(?:years?|yrs?)\b"
        + @"|\byears\s+of\s+experience\s*[:：]\s*(?<a>" + EnNum + @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishLabelledYears();

    /// <summary>"Experience: 不限", "Experience: none", "Experience level: entry", "Experience: not required".</summary>
    [GeneratedRegex(
        @"\bexperience\s*(?:level|required|requirements?)?\s*[:：\-–—]\s*(?:(?:经验)?不限|无要求|无(?![\u4e00-\u9fff])|none\b|not\s+required\b|no\s+requirements?\b|n/?a\b|any\b|entry\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishLabelledNone();

    /// <summary>"no experience required", "no prior experience necessary", "experience not required", "0 years".</summary>
    [GeneratedRegex(
        @"\bno\s+(?:(?:prior|previous|professional|work|industry|relevant)\s+){0,3}experience\s+(?:is\s+)?(?:required|necessary|needed)\b"
        + @"|\bexperience\s+(?:is\s+)?not\s+(?:required|necessary|needed)\b|\bno\s+experience\s+requirement\b"
        + @"|\b(?:do|does)\s*(?:not|n't)\s+require\s+(?:any\s+)?(?:(?:prior|previous|professional|work|industry|relevant)\s+){0,3}experience\b"
        + @"|\b(?:0|zero)\s*\+?\s*(?:years?|yrs?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishNoneRequired();

    /// <summary>"fresh graduate", "new grad", "recent graduates", "campus hire", "class of 2027", "2027 graduates".</summary>
    [GeneratedRegex(
        @"\b(?:fresh|new|recent)\s+grad(?:uate)?s?\b|\bcampus\s+(?:hire|hiring|recruit\w*)\b|\bclass\s+of\s+20\d\d\b|\b20\d\d\s+(?:new\s+)?grad(?:uate)?s?\b|\bgraduating\s+students?\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishNewGraduate();

    /// <summary>A qualifier just before an English figure that makes it a minimum ("at least 3 years").</summary>
    [GeneratedRegex(
        @"\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|minimum|min\.?|no\s+less\s+than|not\s+less\s+than|more\s+than|over)\s*$|(?:>=|≥)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishMinimumBefore();

    /// <summary>A qualifier just before an English figure that makes it an upper bound ("less than 2 years").</summary>
    [GeneratedRegex(@"\b(?:less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|under)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishUpToBefore();

    /// <summary>Words just before an English figure that make it a window, not a requirement ("within 2 years").</summary>
    [GeneratedRegex(@"\b(?:within|past|last|next|every|first|for\s+the)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishWindowBefore();
}
