namespace Crawler.Commands;

/// <summary>The exit codes of every verb, as documented in README.md ("Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>The command line or the configuration is wrong; the one-line message says what to fix.</summary>
    public const int Usage = 1;

    /// <summary>A crawl run failed or an alert could not be delivered.</summary>
    public const int RunFailed = 2;

    /// <summary><c>run</c> was stopped but did not finish within <c>Host:ShutdownTimeout</c>.</summary>
    public const int DeadlinePassed = 3;

    /// <summary>Interrupted by Ctrl-C (SIGINT) before the verb finished; 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>An unexpected failure (a bug): the message names the exception; report it with the debug trace.</summary>
    public const int Internal = 70;
}
