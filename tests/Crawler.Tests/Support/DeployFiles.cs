using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Crawler.Tests.Support;

/// <summary>
/// Reads the files under <c>deploy/</c> of this repository as a tool would: YAML with anchors and merge keys
/// (<c>&lt;&lt;: *x</c>) resolved, several documents per file. Nodes come back as dictionaries, lists and strings.
/// </summary>
public static class DeployFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Every YAML document of the file, merge keys applied.</summary>
    public static IReadOnlyList<Dictionary<object, object>> YamlDocuments(string relative)
    {
        using var reader = new StringReader(Text(relative));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (deserializer.Deserialize<object?>(parser) is Dictionary<object, object> document) documents.Add(document);
        }

        return documents;
    }

    public static Dictionary<object, object> Yaml(string relative) => Assert.Single(YamlDocuments(relative));

    public static Dictionary<object, object> Map(object? node) => Assert.IsType<Dictionary<object, object>>(node);

    public static List<object> List(object? node) => Assert.IsType<List<object>>(node);

    public static Dictionary<object, object> Map(object? node, string key) => Map(Map(node)[key]);

    public static List<object> List(object? node, string key) => List(Map(node)[key]);

    public static string? Scalar(object? node, string key) => Map(node).TryGetValue(key, out var value) ? value?.ToString() : null;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crawler.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("repository root (Crawler.sln) not found above " + AppContext.BaseDirectory);
    }
}
