using System.Security.Cryptography;
using System.Text;
using Crawler.Model;

namespace Crawler.Portals.Moka;

/// <summary>
/// Opens Moka's <c>{data, necromancer}</c> answers: AES-128-CBC, key = that answer's <c>necromancer</c>
/// (UTF-8), IV = the page's <c>aesIv</c> (UTF-8), PKCS7 padding (portals.md §2.2; the official client's own step).
/// </summary>
public static class MokaCipher
{
    /// <summary>Decrypts base64 <paramref name="data"/>; anything that does not decrypt to UTF-8 text is a <see cref="PortalException"/> naming why.</summary>
    public static string Decrypt(string data, string key, string iv, string context)
    {
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var ivBytes = Encoding.UTF8.GetBytes(iv);
        if (keyBytes.Length != 16) throw new PortalException($"{context}: necromancer key is {keyBytes.Length} bytes, expected 16");
        if (ivBytes.Length != 16) throw new PortalException($"{context}: aesIv is {ivBytes.Length} bytes, expected 16");
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(data);
        }
        catch (FormatException ex)
        {
            throw new PortalException($"{context}: data is not base64, cannot decrypt", ex);
        }

        try
        {
            using var aes = Aes.Create();
            aes.Key = keyBytes;
            var plain = aes.DecryptCbc(cipher, ivBytes, PaddingMode.PKCS7);
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(plain);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw new PortalException($"{context}: data is undecryptable with the announced key and aesIv ({ex.Message})", ex);
        }
    }

    /// <summary>The inverse, for tests and tools: encrypts text the way the portal does.</summary>
    public static string Encrypt(string plaintext, string key, string iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        return Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes(iv), PaddingMode.PKCS7));
    }
}
