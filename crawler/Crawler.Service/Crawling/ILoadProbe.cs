namespace Crawler.Crawling;

/// <summary>Measures the load the render stage scales against (a test gives it a scripted one).</summary>
public interface ILoadProbe
{
    /// <summary>The load since the previous call (the first call: since the probe was made).</summary>
    LoadSample Sample();
}
