using System.Security.Cryptography;
using System.Text;

namespace Crawler.Lab.Moka;

/// <summary>
/// The <c>{data, necromancer}</c> answer: AES-128-CBC with a fresh 16-character key per answer (sent as
/// <c>necromancer</c>), the page's <c>aesIv</c> as IV, PKCS7 padding, base64.
/// </summary>
internal static class MokaCipher
{
    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewKey() => string.Create(16, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = KeyAlphabet[RandomNumberGenerator.GetInt32(KeyAlphabet.Length)];
        }
    });

    public static string Encrypt(string plaintext, string key, string iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        return Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes(iv), PaddingMode.PKCS7));
    }
}
