namespace Crawler.Benchmarks.Crawl;

/// <summary>What one measured child process did: exit code, wall time, the machine's 1-minute load average when it ended, CPU time of its tree, peak tree PSS and its output.</summary>
internal sealed record ChildMeasurement(
    int ExitCode, TimeSpan Wall, double LoadAtEnd, TimeSpan Cpu, long PeakPssBytes, int PeakProcesses, int Samples, string StandardOutput, string StandardError);
