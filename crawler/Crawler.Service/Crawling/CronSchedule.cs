using Cronos;

namespace Crawler.Crawling;

/// <summary>Cron expressions through Cronos (a maintained parser; we do not hand-write one). Times are UTC.</summary>
public static class CronSchedule
{
    public static bool TryParse(string expression, out CronExpression? cron, out string error)
    {
        try
        {
            var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            cron = CronExpression.Parse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            error = "";
            return true;
        }
        catch (CronFormatException ex)
        {
            cron = null;
            error = $"'{expression}' is not a cron expression: {ex.Message}";
            return false;
        }
    }

    /// <summary>The next occurrence after <paramref name="now"/>, or null when the expression never fires again.</summary>
    public static DateTimeOffset? Next(string expression, DateTimeOffset now) =>
        TryParse(expression, out var cron, out var error)
            ? cron!.GetNextOccurrence(now, TimeZoneInfo.Utc)
            : throw new FormatException(error);
}
