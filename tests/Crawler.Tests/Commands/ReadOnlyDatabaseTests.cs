using System.Diagnostics;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Crawler.Commands;
using Crawler.Storage.Sqlite;
using Crawler.Tests.Support;

namespace Crawler.Tests.Commands;

/// <summary>
/// The reading verbs on a store the user may not write (a read-only file in a read-only directory):
/// they read it and change nothing, where they used to fail creating tables or SQLite's side files.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        File.SetUnixFileMode(_dir.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _dir.Delete();
    }

    [Theory]
    [InlineData("sources list", "a ")]
    [InlineData("events", "")]
    [InlineData("report", "# Study report: 0 postings")]
    [InlineData("export postings", "key,source_id,company")]
    public async Task ReadingVerb_StoreAndDirectoryNotWritable_ReadsAndChangesNothing(string verb, string expected)
    {
        var database = _dir.File("crawler.db");
        var sources = _dir.File("sources.json");
        await File.WriteAllTextAsync(sources, """{ "Sources": [ { "id": "a", "company": "A", "platform": "atsx", "entryUrl": "https://a.example/" }, { "id": "b", "company": "B", "platform": "atsx", "entryUrl": "https://b.example/" } ] }""");
        var writer = new SqliteCrawlStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
        await writer.InitializeAsync(CancellationToken.None);
        await writer.UpsertSourcesAsync([StoreTestData.Source("a")], CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var before = await SHA256.HashDataAsync(File.OpenRead(database));
        File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(_dir.Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var (exit, output, error) = await RunAsReaderAsync([.. verb.Split(' '), "--sources", sources, "--db", database]);

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.StartsWith(expected, output.Split('\n').ElementAtOrDefault(verb == "sources list" ? 1 : 0)?.TrimStart('\uFEFF') ?? "", StringComparison.Ordinal);
        Assert.Equal(["crawler.db", "sources.json"], Directory.GetFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(before, await SHA256.HashDataAsync(File.OpenRead(database)));
    }

    /// <summary>
    /// The built executable run by a user who can write neither the file nor its directory. The test's user owns both,
    /// and their modes (444, 555) deny the owner writes; root is run without its capabilities (setpriv), so that it
    /// too is held to them, yet still reads the build output wherever the clone lives.
    /// </summary>
    private async Task<(int ExitCode, string Output, string Error)> RunAsReaderAsync(string[] args)
    {
        var asRoot = Environment.UserName == "root";
        var info = new ProcessStartInfo(asRoot ? "setpriv" : "dotnet")
        {
            WorkingDirectory = _dir.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            foreach (var arg in new[] { "--bounding-set=-all", "--inh-caps=-all", "dotnet" }) info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crawler.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.ArgumentList.Add("--log-format");
        info.ArgumentList.Add("json");
        info.Environment["HOME"] = _dir.Path;
        info.Environment["DOTNET_CLI_HOME"] = _dir.Path;
        info.Environment.Remove("CRAWLER_Logging__Level");
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start crawler.dll");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(deadline.Token);
        return (process.ExitCode, await output, await error);
    }
}
