using System.Text.Json.Nodes;
using Crawler.Model;
using Crawler.Portals.Moka;

namespace Crawler.Tests.Portals.Moka;

/// <summary>Decrypting Moka answers and refusing every answer that must not read as "no jobs".</summary>
public sealed class MokaAnswerTests
{
    private const string Iv = "de7c21ed8d6f50fe";
    private const string Key = "Ab3dEf6hIj9lMn0p";

    private static string Answer(string plaintext, string key = Key, string iv = Iv) =>
        new JsonObject { ["data"] = MokaCipher.Encrypt(plaintext, key, iv), ["necromancer"] = key }.ToJsonString();

    private static string Success(int total, params string[] ids)
    {
        var jobs = new JsonArray([.. ids.Select(i => (JsonNode)new JsonObject { ["id"] = i, ["title"] = "t" })]);
        var data = new JsonObject { ["jobStats"] = new JsonObject { ["orgId"] = "moonshot", ["total"] = total }, ["jobs"] = jobs };
        return new JsonObject { ["code"] = 0, ["codeType"] = 0, ["msg"] = "成功", ["success"] = true, ["data"] = data }.ToJsonString();
    }

    [Fact]
    public void Decrypt_RoundTrip_ReturnsThePlaintext()
    {
        var text = """{"msg":"成功","x":"<p>岗位职责</p>"}""";

        Assert.Equal(text, MokaCipher.Decrypt(MokaCipher.Encrypt(text, Key, Iv), Key, Iv, "test"));
    }

    [Fact]
    public void Decrypt_WrongKey_ThrowsPortalExceptionSayingUndecryptable()
    {
        var data = MokaCipher.Encrypt(Success(1, "a"), Key, Iv);

        var ex = Assert.Throws<PortalException>(() => MokaCipher.Decrypt(data, "ZZZZZZZZZZZZZZZZ", Iv, "Moka jobs/v2 offset 0"));

        Assert.Contains("undecryptable", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Moka jobs/v2 offset 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_NotBase64_ThrowsPortalException()
    {
        Assert.Throws<PortalException>(() => MokaCipher.Decrypt("%%not base64%%", Key, Iv, "test"));
    }

    [Fact]
    public void JobsPageParse_SuccessAnswer_GivesTotalAndRows()
    {
        var page = MokaListPage.Parse(Answer(Success(2, "a", "b")), Iv, 0);

        Assert.Equal(2, page.Total);
        Assert.Equal(["a", "b"], page.Jobs.Select(j => j.GetProperty("id").GetString()));
    }

    [Fact]
    public void JobsPageParse_AnswerUnderAnotherIv_ThrowsInsteadOfReturningNothing()
    {
        Assert.Throws<PortalException>(() => MokaListPage.Parse(Answer(Success(0), iv: "0000000000000000"), Iv, 0));
    }

    [Theory]
    [InlineData(102, "参数错误")]
    [InlineData(703015, "该职位不属于当前招聘站点")]
    public void Open_BusinessError_ThrowsPortalExceptionNamingTheCode(int code, string message)
    {
        var plaintext = $$"""{"code":{{code}},"codeType":1,"msg":"{{message}}","success":false,"data":null}""";

        var ex = Assert.Throws<PortalException>(() => MokaAnswer.Open(Answer(plaintext), Iv, "Moka website/job x"));

        Assert.Contains($"business code {code}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_CodeZeroButSuccessFalse_ThrowsPortalException()
    {
        var plaintext = """{"code":0,"codeType":0,"msg":"成功","success":false,"data":{"jobStats":{"total":0},"jobs":[]}}""";

        var ex = Assert.Throws<PortalException>(() => MokaAnswer.Open(Answer(plaintext), Iv, "test"));

        Assert.Contains("success:false", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedOuterJson_ThrowsMalformed()
    {
        var body = Answer(Success(1, "a"));

        var ex = Assert.Throws<PortalException>(() => MokaAnswer.Open(body[..(body.Length / 2)], Iv, "test"));

        Assert.Contains("malformed JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OuterWithoutNecromancer_ThrowsNamingTheMissingKey()
    {
        var ex = Assert.Throws<PortalException>(() => MokaAnswer.Open("""{"data":"AAAA"}""", Iv, "test"));

        Assert.Contains("necromancer", ex.Message, StringComparison.Ordinal);
    }
}
