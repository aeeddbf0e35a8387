namespace Crawler.Storage;

/// <summary>
/// A failure of the store (SQLite or MongoDB), not of a portal: the message names the store and the
/// operation, so an operator can tell an unreachable server or a locked file from a bug.
/// </summary>
public class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
