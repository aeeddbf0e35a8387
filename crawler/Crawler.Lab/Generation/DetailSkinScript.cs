using Crawler.Lab.Hosting;

namespace Crawler.Lab.Generation;

/// <summary>
/// The one copy of the seeded detail DOM builder (<c>Static/lab-skin.js</c>) that every family's app script starts
/// with: the apps differ in their portals, not in how the lab varies their markup.
/// </summary>
internal static class DetailSkinScript
{
    private static readonly Lazy<string> Shared = new(() => LabResources.Read("Generation.Static.lab-skin.js"));

    /// <summary>The app script with the shared builder before it.</summary>
    public static string Prepend(string appScript) => Shared.Value + "\n" + appScript;
}
