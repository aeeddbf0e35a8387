using Crawler.Alerts;
using Crawler.Model;
using Crawler.Tests.Support;
using MimeKit;

namespace Crawler.Tests.Alerts;

/// <summary>The SMTP sink against a receiver started by the test: one digest per pass, plain text + HTML, safe HTML.</summary>
public sealed class EmailAlertSinkTests
{
    [Fact]
    public async Task DeliverPendingAsync_EmailSink_ReceiverGetsOneDigestWithTextAndEscapedHtml()
    {
        await using var smtp = new SmtpTestReceiver();
        await using var bed = await AlertTestBed.CreateAsync(Config(smtp.Port));
        await bed.CommitRunAsync("atsx-minimax", "MiniMax", new SeedPosting("0", "基线", ["上海"]));
        await bed.CommitRunAsync("atsx-minimax", "MiniMax",
            new SeedPosting("1", "Voice <script>alert(1)</script> Engineer", ["Shanghai"]),
            new SeedPosting("0", "基线 (edited)", ["上海"]) { Kind = ChangeKind.Changed, EventCount = 2 },
            new SeedPosting("2", "Agent PM", ["北京"]));

        var reports = await bed.Dispatcher.DeliverPendingAsync(CancellationToken.None);

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(["ops@example.com", "analyst@example.com"], smtp.Recipients);
        Assert.Equal("crawler@example.com", mail.From.Mailboxes.Single().Address);
        Assert.StartsWith("[jobs] 3 posting changes (MiniMax 3)", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("* Voice <script>alert(1)</script> Engineer", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("requirement: −3年以上 +5年以上", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Voice &lt;script&gt;alert(1)&lt;/script&gt; Engineer", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("digest-", mail.Headers["X-Crawler-Alert-Id"], StringComparison.Ordinal);
        Assert.Equal(mail.Headers["X-Crawler-Alert-Id"] + "@crawler.alerts", mail.MessageId);
        Assert.Equal(3, Assert.Single(reports).EventsDelivered);
        var again = await bed.Dispatcher.DeliverPendingAsync(CancellationToken.None);
        Assert.All(again, r => Assert.Equal(0, r.EventsDelivered));
    }

    [Fact]
    public async Task SendAsync_SingleEvent_IsOneMailNamedAfterThePosting()
    {
        await using var smtp = new SmtpTestReceiver();
        var sink = new EmailAlertSink("mail", Options(smtp.Port), password: null);

        await sink.SendAsync(Message("Agent PM"), CancellationToken.None);

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal("[jobs] New posting at MiniMax: Agent PM", mail.Subject);
        Assert.Equal("event-1@crawler.alerts", mail.MessageId);
        Assert.Contains("<a href=\"https://jobs.example.com/1\">Agent PM</a>", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("451 4.3.0 try again later", true)]
    [InlineData("554 5.7.1 rejected", false)]
    public async Task SendAsync_ReceiverRefuses_TransientOnlyFor4xx(string reply, bool transient)
    {
        await using var smtp = new SmtpTestReceiver { RejectWith = reply };
        var sink = new EmailAlertSink("mail", Options(smtp.Port), password: null);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sink.SendAsync(Message("Agent PM"), CancellationToken.None));

        Assert.Equal(transient, error.Transient);
        Assert.StartsWith("SMTP " + reply[..3], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NothingListening_TransientConnectionFailure()
    {
        int port;
        await using (var closed = new SmtpTestReceiver()) port = closed.Port;
        var sink = new EmailAlertSink("mail", Options(port), password: null);

        var error = await Assert.ThrowsAsync<AlertDeliveryException>(() => sink.SendAsync(Message("Agent PM"), CancellationToken.None));

        Assert.True(error.Transient);
        Assert.StartsWith("SMTP connection failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmailSinkWithoutHostOrRecipients_NamesEachKey()
    {
        var options = new AlertOptions { Sinks = [new AlertSinkOptions { Name = "mail", Type = "email", Email = new EmailSinkOptions { From = "not an address" } }] };

        var result = new AlertOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Alerts:Sinks[0] 'mail': Email:Host is required for an email sink.", result.Failures);
        Assert.Contains("Alerts:Sinks[0] 'mail': Email:From 'not an address' is not a mail address.", result.Failures);
        Assert.Contains("Alerts:Sinks[0] 'mail': Email:To needs at least one recipient.", result.Failures);
    }

    private static EmailSinkOptions Options(int port) => new()
    {
        Host = "127.0.0.1", Port = port, Security = "none", From = "crawler@example.com", To = ["ops@example.com"], SubjectPrefix = "[jobs]",
    };

    private static AlertMessage Message(string title) => new()
    {
        Id = "event-1", Sink = "mail", Kind = AlertMessageKind.Event, CreatedAt = DateTimeOffset.UnixEpoch,
        Items = [new AlertItem(new ChangeEvent
        {
            Id = "event-1", Kind = ChangeKind.Appeared, SourceId = "atsx-minimax", PostingKey = "atsx-minimax:1", RunId = "run-1",
            Company = "MiniMax", Title = title, Url = "https://jobs.example.com/1", CreatedAt = DateTimeOffset.UnixEpoch,
        }, null)],
    };

    private static string Config(int port) => $$"""
        { "Sinks": [ { "name": "mail", "type": "email", "startAt": "beginning",
            "filter": { "kinds": ["appeared", "changed"] },
            "email": { "host": "127.0.0.1", "port": {{port}}, "security": "none", "from": "Crawler <crawler@example.com>",
                       "to": ["ops@example.com", "analyst@example.com"], "subjectPrefix": "[jobs]" } } ] }
        """;
}
