using System.Text;

namespace Crawler.Lab.Generation;

/// <summary>
/// Seeds derived from text and numbers with 64-bit FNV-1a, because <see cref="string.GetHashCode()"/>
/// changes between processes and the lab must generate the same postings every run.
/// </summary>
internal static class StableHash
{
    public static int Seed(params object[] parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var b in Encoding.UTF8.GetBytes($"{part}\u001f"))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }
        }

        // FNV alone mixes a change in the last byte poorly; the murmur3 finaliser spreads it over all bits.
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (int)hash;
    }

    /// <summary>A uniform double in [0, 1) from the given parts.</summary>
    public static double Unit(params object[] parts) => (uint)Seed(parts) / 4294967296.0;
}
