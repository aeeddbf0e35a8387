namespace Crawler.Diagnostics;

/// <summary>The health/metrics endpoint could not listen; the message names the address and the settings that move it.</summary>
public sealed class DiagnosticsPortException : Exception
{
    public DiagnosticsPortException()
    {
    }

    public DiagnosticsPortException(string message)
        : base(message)
    {
    }

    public DiagnosticsPortException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
