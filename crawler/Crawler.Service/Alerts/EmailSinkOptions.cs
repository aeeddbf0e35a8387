namespace Crawler.Alerts;

/// <summary>The SMTP settings of an <c>email</c> sink (<c>Alerts:Sinks[i]:Email</c>).</summary>
public sealed class EmailSinkOptions
{
    /// <summary>SMTP server host name. Required for <c>email</c>.</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port; default 587 (submission). 25 for a relay, 465 with <c>Security: tls</c>.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// <c>auto</c> (default: STARTTLS when the server offers it), <c>starttls</c> (required), <c>tls</c> (TLS from the
    /// first byte, port 465) or <c>none</c> (plain, e.g. a relay on localhost).
    /// </summary>
    public string Security { get; set; } = "auto";

    /// <summary>Sender mailbox, e.g. <c>Crawler &lt;crawler@example.com&gt;</c>. Required.</summary>
    public string? From { get; set; }

    /// <summary>Recipient mailboxes. At least one.</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Login user; when set, <see cref="Password"/> is used too.</summary>
    public string? User { get; set; }

    /// <summary>Login password, normally <c>env:NAME</c>. A secret: never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Put before every subject, so a mail rule can sort them. Default <c>[crawler]</c>.</summary>
    public string SubjectPrefix { get; set; } = "[crawler]";
}
