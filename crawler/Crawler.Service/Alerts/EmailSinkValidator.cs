using MimeKit;

namespace Crawler.Alerts;

/// <summary>The rules of an <c>email</c> sink's <see cref="EmailSinkOptions"/>; the password's <c>env:</c> is checked at delivery.</summary>
public static class EmailSinkValidator
{
    private static readonly string[] Securities = ["auto", "starttls", "tls", "none"];

    public static void Validate(EmailSinkOptions email, Action<string> fail)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(fail);
        if (string.IsNullOrWhiteSpace(email.Host)) fail("Email:Host is required for an email sink.");
        if (email.Port is < 1 or > 65535) fail($"Email:Port is {email.Port}; it must be 1 to 65535.");
        if (!Securities.Contains(email.Security, StringComparer.OrdinalIgnoreCase)) fail($"Email:Security '{email.Security}' is not one of {string.Join(", ", Securities)}.");
        if (string.IsNullOrWhiteSpace(email.From)) fail("Email:From is required for an email sink.");
        else if (!MailboxAddress.TryParse(email.From, out _)) fail($"Email:From '{email.From}' is not a mail address.");
        if (email.To.Count == 0) fail("Email:To needs at least one recipient.");
        foreach (var to in email.To.Where(t => !MailboxAddress.TryParse(t, out _))) fail($"Email:To '{to}' is not a mail address.");
        if (!string.IsNullOrEmpty(email.User) && string.IsNullOrEmpty(email.Password)) fail("Email:Password is required when Email:User is set (use env:NAME).");
    }
}
