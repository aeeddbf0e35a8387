using Crawler.Storage.Mongo;

namespace Crawler.Tests.Storage.Mongo;

public sealed class MongoConnectionStringRedactorTests
{
    [Theory]
    [InlineData("mongodb://crawler:s3cret@db1:27017,db2:27017/crawler?replicaSet=rs0", "mongodb://crawler:***@db1:27017,db2:27017/crawler?replicaSet=rs0")]
    [InlineData("mongodb+srv://crawler:p%40ss%3Aword@cluster0.example.net/?retryWrites=true", "mongodb+srv://crawler:***@cluster0.example.net/?retryWrites=true")]
    [InlineData("mongodb://crawler:p@ss@db1/", "mongodb://crawler:***@db1/")]
    [InlineData("mongodb://db1:27017/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:tok123", "mongodb://db1:27017/?authMechanism=MONGODB-AWS&authMechanismProperties=AWS_SESSION_TOKEN:***")]
    [InlineData("mongodb://127.0.0.1:27017/?directConnection=true", "mongodb://127.0.0.1:27017/?directConnection=true")]
    public void Redact_ConnectionString_MasksOnlyTheSecrets(string connectionString, string expected) =>
        Assert.Equal(expected, MongoConnectionStringRedactor.Redact(connectionString));

    [Fact]
    public void RedactIn_DriverMessageQuotingThePassword_MasksEveryOccurrence()
    {
        const string uri = "mongodb://crawler:p%40ss@db1/";

        var message = MongoConnectionStringRedactor.RedactIn("auth failed for p%40ss (decoded p@ss) on mongodb://crawler:p%40ss@db1/", uri);

        Assert.DoesNotContain("p%40ss", message, StringComparison.Ordinal);
        Assert.DoesNotContain("p@ss", message, StringComparison.Ordinal);
        Assert.Contains("mongodb://crawler:***@db1/", message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateClient_InvalidConnectionString_ErrorNamesTheStringWithoutThePassword()
    {
        var options = new MongoStoreOptions { ConnectionString = "mongodb://crawler:hunter2@db1:notaport/?replicaSet=rs0" };

        var ex = Assert.Throws<ArgumentException>(() => MongoClientFactory.Create(options));

        Assert.DoesNotContain("hunter2", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("mongodb://crawler:***@db1:notaport/", ex.Message, StringComparison.Ordinal);
    }
}
