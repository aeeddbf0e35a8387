using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Crawler.Tests.Support;

/// <summary>
/// A small SMTP receiver on 127.0.0.1 for tests (RFC 5321 subset: EHLO/HELO, MAIL, RCPT, DATA with dot-unstuffing,
/// RSET, NOOP, QUIT; no TLS, no AUTH). Received messages are parsed with MimeKit. <see cref="RejectWith"/> makes
/// it answer DATA with that reply instead (e.g. "451 try later", "554 rejected").
/// </summary>
public sealed class SmtpTestReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<MimeMessage> _messages = [];
    private readonly List<string> _recipients = [];

    public SmtpTestReceiver()
    {
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string? RejectWith { get; set; }

    public IReadOnlyList<MimeMessage> Messages { get { lock (_messages) return [.. _messages]; } }

    public IReadOnlyList<string> Recipients { get { lock (_messages) return [.. _recipients]; } }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { } catch (SocketException) { } catch (ObjectDisposedException) { }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test-receiver ESMTP");
        var rcpt = new List<string>();
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO": await writer.WriteLineAsync("250-test-receiver\r\n250-8BITMIME\r\n250 SMTPUTF8"); break;
                case "HELO": await writer.WriteLineAsync("250 test-receiver"); break;
                case "MAIL": rcpt.Clear(); await writer.WriteLineAsync("250 OK"); break;
                case "RCPT": rcpt.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('<', '>')); await writer.WriteLineAsync("250 OK"); break;
                case "DATA": await ReceiveDataAsync(reader, writer, rcpt); break;
                case "QUIT": await writer.WriteLineAsync("221 bye"); return;
                case "RSET" or "NOOP": await writer.WriteLineAsync("250 OK"); break;
                default: await writer.WriteLineAsync("502 not implemented"); break;
            }
        }
    }

    private async Task ReceiveDataAsync(StreamReader reader, StreamWriter writer, List<string> rcpt)
    {
        if (RejectWith is { } reject && reject.StartsWith('5'))
        {
            await writer.WriteLineAsync(reject);
            return;
        }

        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stop.Token) is { } line && line != ".")
        {
            data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        if (RejectWith is { } later)
        {
            await writer.WriteLineAsync(later);
            return;
        }

        using var bytes = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()));
        var message = await MimeMessage.LoadAsync(bytes);
        lock (_messages)
        {
            _messages.Add(message);
            _recipients.AddRange(rcpt);
        }

        await writer.WriteLineAsync("250 queued");
    }
}
