namespace Crawler.Crawling;

/// <summary>How loaded the machine is, as the render stage sees it.</summary>
/// <param name="CpuShare">Share of all cores used by the worker's process tree since the previous sample (0 to 1).</param>
/// <param name="MemoryBytes">Proportional set size of the worker's process tree now.</param>
public readonly record struct LoadSample(double CpuShare, long MemoryBytes);
