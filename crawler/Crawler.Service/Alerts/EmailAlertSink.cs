using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Crawler.Alerts;

/// <summary>
/// Sends each message as an e-mail over SMTP (MailKit): one connection per message, STARTTLS when offered
/// (or as configured), login when a user is set. A 4xx reply or a connection failure is transient (retried);
/// a 5xx reply is permanent (dead letter). Failures name the reply code or the error kind, never the password.
/// </summary>
public sealed class EmailAlertSink(string name, EmailSinkOptions options, string? password) : IAlertSink
{
    public string Name { get; } = name;

    public string Target { get; } = $"smtp://{options.Host}:{options.Port}";

    public async Task SendAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var mail = EmailMessageFormatter.Format(message, options);
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(options.Host ?? "", options.Port, Socket(options.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, password ?? "", cancellationToken).ConfigureAwait(false);
            await client.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            throw new AlertDeliveryException($"SMTP {code} {ex.ErrorCode}", transient: code is >= 400 and < 500);
        }
        catch (AuthenticationException)
        {
            throw new AlertDeliveryException("SMTP login refused (check Email:User and Email:Password)", transient: false);
        }
        catch (Exception ex) when (ex is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException or TimeoutException)
        {
            var kind = ex is SocketException socket ? socket.SocketErrorCode.ToString() : ex.GetType().Name.Replace("Exception", "", StringComparison.Ordinal);
            throw new AlertDeliveryException($"SMTP connection failed ({kind})", transient: true);
        }
    }

    /// <summary>How to secure the connection, from <see cref="EmailSinkOptions.Security"/>.</summary>
    public static SecureSocketOptions Socket(string security) => security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
