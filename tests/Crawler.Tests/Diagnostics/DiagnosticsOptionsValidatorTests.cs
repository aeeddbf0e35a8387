using Crawler.Diagnostics;
using Crawler.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crawler.Tests.Diagnostics;

/// <summary><c>Diagnostics:BindAddress</c>: what ops may set (an IP address) and the start-up error otherwise.</summary>
public sealed class DiagnosticsOptionsValidatorTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("10.1.2.3")]
    public void Startup_IpAddress_Accepted(string address)
    {
        var options = Resolve(new() { ["Diagnostics:BindAddress"] = address });
        Assert.Equal(address, options.BindAddress);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("0.0.0.0:9464")]
    [InlineData("")]
    public void Startup_NotAnIpAddress_StopsNamingTheSetting(string address)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Diagnostics:BindAddress"] = address }));
        Assert.Contains("Diagnostics:BindAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Startup_EndpointDisabled_AddressNotChecked()
    {
        var options = Resolve(new() { ["Diagnostics:Enabled"] = "false", ["Diagnostics:BindAddress"] = "localhost" });
        Assert.False(options.Enabled);
    }

    private static DiagnosticsOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddCrawlerOperations(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value;
    }
}
