namespace Crawler.Tests.Support;

/// <summary>A fresh folder under the temp path; <see cref="Delete"/> removes it (best effort).</summary>
public sealed class TempDirectory
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crawler-tests", Guid.NewGuid().ToString("N"));

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
