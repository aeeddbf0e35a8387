using System.Reflection;

namespace Crawler.Lab.Alibaba;

/// <summary>Reads the family's embedded page files (<c>Static/</c>).</summary>
internal static class AlibabaResources
{
    public static string Read(string fileName)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Alibaba.Static." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
