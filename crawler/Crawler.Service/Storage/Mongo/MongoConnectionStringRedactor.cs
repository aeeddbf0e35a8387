using System.Text.RegularExpressions;

namespace Crawler.Storage.Mongo;

/// <summary>
/// Hides credentials in MongoDB connection strings before they reach a log line or an exception message:
/// <c>mongodb://crawler:s3cret@db/</c> becomes <c>mongodb://crawler:***@db/</c>.
/// </summary>
public static partial class MongoConnectionStringRedactor
{
    public const string Mask = "***";

    /// <summary>Returns the connection string with the password of its user-info (and secret options) masked.</summary>
    public static string Redact(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return "";
        }

        var redacted = UserInfo().Replace(connectionString, m => $"{m.Groups["scheme"].Value}{m.Groups["user"].Value}:{Mask}@");
        return SecretOption().Replace(redacted, m => $"{m.Groups["name"].Value}{m.Groups["sep"].Value}{Mask}");
    }

    /// <summary>Masks every occurrence of the connection string's password in any text (e.g. a driver's message).</summary>
    public static string RedactIn(string text, string? connectionString)
    {
        var password = PasswordOf(connectionString);
        var result = string.IsNullOrEmpty(password) ? text : text.Replace(password, Mask, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(password))
        {
            var escaped = Uri.UnescapeDataString(password);
            result = result.Replace(escaped, Mask, StringComparison.Ordinal);
        }

        return Redact(result);
    }

    private static string? PasswordOf(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return null;
        }

        var match = UserInfo().Match(connectionString);
        return match.Success ? match.Groups["password"].Value : null;
    }

    // user-info ends at the LAST '@' before the host list: passwords may contain '@' when not percent-encoded.
    [GeneratedRegex(@"(?<scheme>mongodb(?:\+srv)?://)(?<user>[^:@/]*):(?<password>[^/?#]*)@(?=[^@/?#]*(?:[/?#]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"(?<name>password|pwd|tlsCertificateKeyFilePassword|AWS_SESSION_TOKEN)(?<sep>[=:])[^&;,]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretOption();
}
