namespace Crawler.Hosting;

/// <summary>A configuration file (appsettings.json, a sources file) is not valid JSON; the message gives file, line and column.</summary>
public sealed class ConfigurationFileException : Exception
{
    public ConfigurationFileException()
    {
    }

    public ConfigurationFileException(string message)
        : base(message)
    {
    }

    public ConfigurationFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
