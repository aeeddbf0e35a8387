using System.Reflection;
using System.Text.Json;

namespace Crawler.Lab.Hosting;

/// <summary>Reads the lab's embedded page files (each family's <c>Static/</c> and the shared <c>Generation/Static/</c>).</summary>
internal static class LabResources
{
    /// <param name="path">The file's path below the project with dots for slashes, e.g. <c>Atsx.Static.atsx-app.js</c>.</param>
    public static string Read(string path)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + path, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>An embedded JSON table (web naming: camelCase keys) as <typeparamref name="T"/>.</summary>
    /// <param name="path">As for <see cref="Read"/>, e.g. <c>Atsx.Static.atsx-cities.json</c>.</param>
    public static T ReadJson<T>(string path)
        where T : class =>
        JsonSerializer.Deserialize<T>(Read(path), JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"{path} is empty");
}
