using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Crawler.MongoWire.Commands;
using Crawler.MongoWire.Engine;
using Crawler.MongoWire.Protocol;

namespace Crawler.MongoWire;

/// <summary>
/// A strict, in-memory MongoDB server for tests, listening on 127.0.0.1 on a free port. It answers only
/// the commands in <see cref="Handlers"/>; anything else is an error reply naming what is missing.
/// </summary>
public sealed class WireTestServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _connections = [];
    private readonly ConcurrentQueue<string> _protocolErrors = new();
    private readonly CommandDispatcher _dispatcher;
    private Task? _acceptLoop;
    private int _nextConnectionId;

    public WireTestServer()
    {
        _dispatcher = new CommandDispatcher(Storage, Handlers());
    }

    /// <summary>The in-memory data, for tests that inspect what a client wrote.</summary>
    public WireStorage Storage { get; } = new();

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>A connection string for this server (direct connection, short timeouts: failures show fast).</summary>
    public string ConnectionString =>
        $"mongodb://127.0.0.1:{Port}/?directConnection=true&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000";

    /// <summary>
    /// Messages the server could not even frame (e.g. OP_COMPRESSED, unknown OP_MSG flags). The connection is
    /// dropped, so the client fails; this says why.
    /// </summary>
    public IReadOnlyCollection<string> ProtocolErrors => [.. _protocolErrors];

    /// <summary>Every command name the server answers.</summary>
    public IReadOnlyCollection<string> CommandNames => _dispatcher.CommandNames;

    public static async Task<WireTestServer> StartAsync()
    {
        var server = new WireTestServer();
        server._listener.Start();
        server._acceptLoop = server.AcceptAsync();
        await Task.Yield();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        if (_acceptLoop is not null)
        {
            await _acceptLoop;
        }

        Task[] connections;
        lock (_connections)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections);
        _stopping.Dispose();
    }

    private static IEnumerable<ICommandHandler> Handlers() =>
    [
        new HelloHandler(), new PingHandler(), new BuildInfoHandler(), new EndSessionsHandler(),
        new InsertHandler(), new UpdateHandler(), new DeleteHandler(), new FindHandler(), new GetMoreHandler(),
        new KillCursorsHandler(), new FindAndModifyHandler(), new CreateIndexesHandler(), new ListIndexesHandler(),
        new CountHandler(), new AggregateHandler(), new DropHandler(), new DropDatabaseHandler(),
        new ListCollectionsHandler(),
    ];

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _nextConnectionId);
            lock (_connections)
            {
                _connections.Add(ServeAsync(client, id));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, int connectionId)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (await WireMessageReader.ReadAsync(stream, _stopping.Token) is { } request)
                {
                    var reply = _dispatcher.Dispatch(request.Command, connectionId);
                    if (!request.MoreToCome)
                    {
                        await stream.WriteAsync(WireMessageWriter.Reply(request, reply), _stopping.Token);
                    }
                }
            }
            catch (InvalidDataException ex)
            {
                _protocolErrors.Enqueue(ex.Message);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the server is stopping.
            }
        }
    }
}
