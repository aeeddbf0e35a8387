using System.ComponentModel.DataAnnotations;

namespace Crawler.Diagnostics;

/// <summary>The health, metrics and dashboard endpoint of <c>crawler run</c> (section <c>Diagnostics</c>).</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>Serve the endpoint at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Port on <see cref="BindAddress"/>. 0 picks a free port (logged at start). Default 9464 (the Prometheus exporter convention).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 9464;

    /// <summary>
    /// IP address to bind (validated at start). Default 127.0.0.1: health and dashboard are for the machine, not the
    /// network. Set 0.0.0.0 in a container or pod so probes and Prometheus can reach it.
    /// </summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>How long <c>/health/ready</c> waits for the store before calling it unreachable. Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan StoreProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A bearer token the dashboard, its API, <c>/metrics</c> and the feed require when set (health stays open for
    /// probes). Send <c>Authorization: Bearer TOKEN</c>, or open <c>/?token=TOKEN</c> once in a browser (it becomes a
    /// same-site, HTTP-only cookie). Default none: set it whenever <see cref="BindAddress"/> is not a loopback address.
    /// </summary>
    public string? Token { get; set; }
}
