using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Crawler.Lab;

namespace Crawler.Tests.Lab.Support;

/// <summary>Talks to a lab Moka site the way its page does (cookie jar, init-data, AES answers), without a browser.</summary>
internal sealed partial class MokaTestClient : IDisposable
{
    private readonly HttpClient http;
    private readonly LabSite site;

    public MokaTestClient(LabSite site)
    {
        this.site = site;
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(site.EntryUrl.GetLeftPart(UriPartial.Authority)),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => http;

    /// <summary>GETs the site page, following the locale redirect, and returns its parsed init-data.</summary>
    public async Task<JsonElement> InitDataAsync()
    {
        using var first = await http.GetAsync(site.EntryUrl);
        var html = first.StatusCode == HttpStatusCode.Redirect
            ? await http.GetStringAsync(new Uri(site.EntryUrl, first.Headers.Location!))
            : await first.Content.ReadAsStringAsync();
        var value = InitData().Match(html).Groups[1].Value;
        using var document = JsonDocument.Parse(WebUtility.HtmlDecode(value));
        return document.RootElement.Clone();
    }

    public Task<HttpResponseMessage> PostAsync(string path, string body) =>
        http.PostAsync("/api/outer/ats-apply/website" + path, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>POSTs and decrypts the answer with its necromancer key and the given IV; fails the test on a non-200.</summary>
    public async Task<JsonElement> DecryptedAsync(string path, string body, string iv = "de7c21ed8d6f50fe")
    {
        using var response = await PostAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var outer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var plain = Decrypt(outer.RootElement.GetProperty("data").GetString()!, outer.RootElement.GetProperty("necromancer").GetString()!, iv);
        using var inner = JsonDocument.Parse(plain);
        return inner.RootElement.Clone();
    }

    public static string Decrypt(string data, string key, string iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        return Encoding.UTF8.GetString(aes.DecryptCbc(Convert.FromBase64String(data), Encoding.UTF8.GetBytes(iv), PaddingMode.PKCS7));
    }

    public static string JobsBody(string orgId, long siteId, int limit = 50, int offset = 0, string extra = "") =>
        $"{{\"orgId\":\"{orgId}\",\"siteId\":\"{siteId}\",\"limit\":{limit},\"offset\":{offset},\"needStat\":true,\"jobIdTopList\":[],\"customFields\":{{}},\"site\":\"social\",\"locale\":\"zh-CN\"{extra}}}";

    public static string JobBody(string orgId, long siteId, string jobId) =>
        $"{{\"orgId\":\"{orgId}\",\"jobId\":\"{jobId}\",\"siteId\":{siteId},\"locale\":\"zh-CN\"}}";

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<input id=\"init-data\" type=\"hidden\" value=\"([^\"]*)\">")]
    private static partial Regex InitData();
}
