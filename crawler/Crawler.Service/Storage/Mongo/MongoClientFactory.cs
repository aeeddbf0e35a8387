using MongoDB.Driver;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Builds the process's one <see cref="MongoClient"/> (it owns the connection pool and server monitoring).
/// A malformed connection string fails with a message that shows the string with its password masked.
/// </summary>
public static class MongoClientFactory
{
    public static MongoClient Create(MongoStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new ArgumentException("Storage:Mongo:ConnectionString is required.", nameof(options));
        }

        try
        {
            return new MongoClient(MongoClientSettings.FromConnectionString(options.ConnectionString));
        }
        catch (Exception ex) when (ex is MongoConfigurationException or ArgumentException or FormatException or UriFormatException)
        {
            // The driver's message may quote the whole string; the inner exception is dropped for the same reason.
            var reason = MongoConnectionStringRedactor.RedactIn(ex.Message, options.ConnectionString);
            throw new ArgumentException(
                $"Storage:Mongo:ConnectionString '{MongoConnectionStringRedactor.Redact(options.ConnectionString)}' is not valid: {reason}",
                nameof(options));
        }
    }
}
