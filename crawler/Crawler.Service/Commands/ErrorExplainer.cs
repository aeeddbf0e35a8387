using Crawler.Configuration;
using Crawler.Diagnostics;
using Crawler.Hosting;
using Crawler.Storage;
using Crawler.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Crawler.Commands;

/// <summary>Turns a failure that ended a verb into one sentence naming the problem and the fix, and its exit code.</summary>
public static class ErrorExplainer
{
    private const string DebugHint = "(add --Logging:Level=Debug for the stack trace)";

    public static (string Message, int ExitCode) Explain(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return ex switch
        {
            SourceValidationException or ConfigurationFileException or DiagnosticsPortException => (ex.Message, ExitCodes.Usage),
            OptionsValidationException options => ("Invalid configuration: " + string.Join("; ", options.Failures), ExitCodes.Usage),
            FileNotFoundException or DirectoryNotFoundException => (ex.Message, ExitCodes.Usage),
            SqliteStoreException store => (Store(store), ExitCodes.Usage),
            StoreException store => (store.Message, ExitCodes.Usage),
            OperationCanceledException => ("Interrupted: stopped before finishing; a crawl that was under way is recorded as abandoned and the next crawl starts it afresh.", ExitCodes.Interrupted),
            InvalidDataException { InnerException: { } inner } => ($"{ex.Message} {inner.Message}", ExitCodes.Usage),
            _ => ($"crawler stopped unexpectedly: {ex.GetType().Name}: {ex.Message} {DebugHint}", ExitCodes.Internal),
        };
    }

    private static string Store(SqliteStoreException ex)
    {
        var code = (ex.InnerException as SqliteException)?.SqliteErrorCode;
        var hint = code switch
        {
            8 => " The file is read-only: make it writable (chmod u+w) or point --db at a writable copy; events, sources list, report, history and export only read it.",
            14 => " Check that the path names a file in an existing, accessible directory (--db or Storage:Sqlite:Path).",
            _ => "",
        };
        return ex.Message + hint;
    }
}
