using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Lab;

namespace Crawler.Tests.Lab.Alibaba;

/// <summary>Talks to a lab Alibaba site the way its page does (cookie jar, <c>?_csrf=</c>, header on campus), without a browser.</summary>
internal sealed class AlibabaTestClient : IDisposable
{
    private readonly HttpClient http;

    public AlibabaTestClient(LabSite site)
    {
        Site = site;
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(site.EntryUrl.GetLeftPart(UriPartial.Authority)),
        };
    }

    public LabSite Site { get; }

    public CookieContainer Cookies { get; }

    public string? Token => Cookies.GetCookies(http.BaseAddress!)["XSRF-TOKEN"]?.Value;

    public HttpClient Http => http;

    public bool Campus => Site.Id == "alibaba-campus";

    /// <summary>Opens the listing page (following the <c>?lang</c> redirect) so the session cookies are set.</summary>
    public async Task<string> OpenAsync()
    {
        using var first = await http.GetAsync(Site.EntryUrl.PathAndQuery);
        if (first.StatusCode != HttpStatusCode.Redirect) return await first.Content.ReadAsStringAsync();
        using var page = await http.GetAsync(first.Headers.Location);
        return await page.Content.ReadAsStringAsync();
    }

    public JsonObject SearchBody(int pageIndex = 1, int pageSize = 10, string subCategories = "", string batchId = "", string? channel = null) => new()
    {
        ["channel"] = channel ?? (Campus ? "campus_group_official_site" : "group_official_site"),
        ["language"] = "zh",
        ["batchId"] = batchId,
        ["pageIndex"] = pageIndex,
        ["pageSize"] = pageSize,
        ["subCategories"] = subCategories,
        ["regions"] = "",
        [Campus ? "searchKey" : "key"] = "",
    };

    public async Task<HttpResponseMessage> PostAsync(string path, JsonObject body, string? token = null)
    {
        var csrf = token ?? Token ?? "";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{path}?_csrf={Uri.EscapeDataString(csrf)}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (Campus) request.Headers.Add("X-XSRF-TOKEN", csrf);
        return await http.SendAsync(request);
    }

    /// <summary><c>content</c> of a successful answer; fails the test otherwise.</summary>
    public async Task<JsonElement> ContentAsync(string path, JsonObject body)
    {
        using var response = await PostAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("success").GetBoolean());
        return document.RootElement.GetProperty("content").Clone();
    }

    public void Dispose() => http.Dispose();
}
