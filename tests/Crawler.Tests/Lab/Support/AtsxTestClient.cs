using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crawler.Lab;
using Crawler.Lab.Atsx;

namespace Crawler.Tests.Lab.Support;

/// <summary>Talks to a lab ATSX site the way the page does (cookie jar, CSRF header, site headers, signature), without a browser.</summary>
internal sealed class AtsxTestClient : IDisposable
{
    private readonly HttpClient http;
    private readonly LabSite site;

    public AtsxTestClient(LabSite site, TimeSpan? timeout = null)
    {
        this.site = site;
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(site.EntryUrl.GetLeftPart(UriPartial.Authority)),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
    }

    public CookieContainer Cookies { get; }

    public string? Token { get; private set; }

    public HttpClient Http => http;

    public static string SearchBody(int offset = 0, int limit = 10, IEnumerable<string>? categories = null, string keyword = "", int portalType = 3) =>
        new JsonObject
        {
            ["keyword"] = keyword,
            ["limit"] = limit,
            ["offset"] = offset,
            ["job_category_id_list"] = new JsonArray([.. (categories ?? []).Select(c => (JsonNode)c)]),
            ["tag_id_list"] = new JsonArray(),
            ["location_code_list"] = new JsonArray(),
            ["subject_id_list"] = new JsonArray(),
            ["recruitment_id_list"] = new JsonArray(),
            ["portal_type"] = portalType,
            ["job_function_id_list"] = new JsonArray(),
            ["storefront_id_list"] = new JsonArray(),
            ["portal_entrance"] = 1,
        }.ToJsonString();

    public async Task<string> FetchTokenAsync()
    {
        using var response = await http.PostAsync("/api/v1/csrf/token", Json("{\"portal_entrance\":1}"));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Token = document.RootElement.GetProperty("data").GetProperty("token").GetString();
        return Token!;
    }

    public async Task<HttpResponseMessage> SearchAsync(string body, bool sign = true, string? websitePath = null, string? token = null)
    {
        const string path = "/api/v1/search/job/posts";
        var query = "limit=10&offset=0&portal_entrance=1";
        var url = sign ? AtsxSignature.SignedPathAndQuery(path, query, body) : $"{path}?{query}";
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) };
        AddHeaders(request, websitePath, token);
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> DetailAsync(string id, bool sign = true, CancellationToken cancellationToken = default)
    {
        var path = $"/api/v1/job/posts/{id}";
        var query = $"portal_type={site.Spec.PortalType}&with_recommend=false";
        var url = sign ? AtsxSignature.SignedPathAndQuery(path, query, "") : $"{path}?{query}";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        AddHeaders(request, null, null);
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>A search page as parsed JSON; fails the test on any non-success.</summary>
    public async Task<JsonElement> SearchDataAsync(string body)
    {
        using var response = await SearchAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, document.RootElement.GetProperty("code").GetInt32());
        return document.RootElement.GetProperty("data").Clone();
    }

    public void Dispose() => http.Dispose();

    private void AddHeaders(HttpRequestMessage request, string? websitePath, string? token)
    {
        request.Headers.Add("website-path", websitePath ?? site.Spec.WebsitePath);
        request.Headers.Add("portal-channel", site.Spec.PortalChannel);
        request.Headers.Add("portal-platform", "pc");
        if ((token ?? Token) is { } value)
        {
            request.Headers.Add("x-csrf-token", value);
        }
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
