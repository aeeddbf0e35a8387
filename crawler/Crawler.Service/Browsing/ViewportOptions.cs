using System.ComponentModel.DataAnnotations;

namespace Crawler.Browsing;

/// <summary>Page size in CSS pixels.</summary>
public sealed class ViewportOptions
{
    /// <summary>Default 1280.</summary>
    [Range(320, 8000)]
    public int Width { get; set; } = 1280;

    /// <summary>Default 900.</summary>
    [Range(240, 8000)]
    public int Height { get; set; } = 900;
}
