using Crawler.Browsing;

namespace Crawler.Tests.Faults;

/// <summary>The host rule behind every crawl's browser context.</summary>
public sealed class HostAllowListTests
{
    [Theory]
    [InlineData("https://jobs.bytedance.com/campus/position", true)]
    [InlineData("https://JOBS.bytedance.com./api/v1/search/job/posts", true)]
    [InlineData("https://sf3-cdn.bytedance.com/app.js", true)]
    [InlineData("https://evil.example/collect", false)]
    [InlineData("https://jobs.bytedance.com.evil.example/", false)]
    [InlineData("http://127.0.0.1:5000/", false)]
    [InlineData("data:text/plain,hi", true)]
    [InlineData("not a url", false)]
    public void Allows_RealPortalSource_OnlyItsHosts(string url, bool allowed) =>
        Assert.Equal(allowed, new HostAllowList(["jobs.bytedance.com", "sf3-cdn.bytedance.com"]).Allows(url));

    [Theory]
    [InlineData("http://127.0.0.1:41234/campus/position", true)]
    [InlineData("http://localhost:41235/x", true)]
    [InlineData("http://[::1]:41236/x", true)]
    [InlineData("https://jobs.bytedance.com/", false)]
    public void Allows_LabSource_EveryLoopbackHostButNothingElse(string url, bool allowed) =>
        Assert.Equal(allowed, new HostAllowList(["127.0.0.1"]).Allows(url));
}
