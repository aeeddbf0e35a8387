using Microsoft.Extensions.Options;

namespace Crawler.Storage.Sqlite;

/// <summary>Stops start-up when the SQLite store is misconfigured, naming the field.</summary>
public sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add("Storage:Sqlite:Path must name a database file, e.g. data/crawler.db.");
        }
        else if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"Storage:Sqlite:Path '{options.Path}' contains characters that are not allowed in a path.");
        }
        else if (Directory.Exists(options.Path))
        {
            failures.Add($"Storage:Sqlite:Path (--db) '{options.Path}' is a directory: name a database file in it, e.g. {System.IO.Path.Combine(options.Path, "crawler.db")}.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Storage:Sqlite:BusyTimeout must be between 0 and 10 minutes (was {options.BusyTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
