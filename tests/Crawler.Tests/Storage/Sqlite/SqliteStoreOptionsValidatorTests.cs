using Crawler.Storage.Sqlite;

namespace Crawler.Tests.Storage.Sqlite;

public sealed class SqliteStoreOptionsValidatorTests
{
    private readonly SqliteStoreOptionsValidator _validator = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(_validator.Validate(null, new SqliteStoreOptions()).Succeeded);
    }

    [Theory]
    [InlineData("", 30, "Storage:Sqlite:Path")]
    [InlineData("data/crawler.db", 0, "Storage:Sqlite:BusyTimeout")]
    [InlineData("data/crawler.db", 3600, "Storage:Sqlite:BusyTimeout")]
    public void Validate_BadField_FailsNamingTheField(string path, int busySeconds, string field)
    {
        var result = _validator.Validate(null, new SqliteStoreOptions { Path = path, BusyTimeout = TimeSpan.FromSeconds(busySeconds) });

        Assert.True(result.Failed);
        Assert.Contains(field, result.FailureMessage, StringComparison.Ordinal);
    }
}
