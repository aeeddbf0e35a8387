using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Crawler.Diagnostics;

/// <summary>
/// Writes the <see cref="CrawlerMetrics"/> meter in the Prometheus text exposition format (version 0.0.4):
/// counters as <c>_total</c>, histograms as cumulative <c>_bucket</c>/<c>_sum</c>/<c>_count</c>, observable gauges
/// read at scrape time. A <see cref="MeterListener"/> bound to that one meter instance keeps the figures.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<Instrument, Dictionary<string, Series>> _series = [];

    public PrometheusExporter(CrawlerMetrics metrics)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (!ReferenceEquals(instrument.Meter, metrics.Meter)) return;
            lock (_lock) _series[instrument] = new Dictionary<string, Series>(StringComparer.Ordinal);
            listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    /// <summary>The current figures as Prometheus text.</summary>
    public string Render()
    {
        lock (_lock)
        {
            foreach (var series in _series.Where(s => s.Key.IsObservable).Select(s => s.Value)) series.Clear();
        }

        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        lock (_lock)
        {
            foreach (var (instrument, series) in _series.OrderBy(s => s.Key.Name, StringComparer.Ordinal))
            {
                var name = instrument.Name;
                var kind = instrument switch
                {
                    Counter<long> or Counter<int> or Counter<double> or ObservableCounter<long> => "counter",
                    Histogram<double> or Histogram<long> => "histogram",
                    _ => "gauge",
                };
                var exposed = kind == "counter" ? name + "_total" : name;
                text.Append("# HELP ").Append(exposed).Append(' ').Append(instrument.Description ?? name).Append('\n');
                text.Append("# TYPE ").Append(exposed).Append(' ').Append(kind).Append('\n');
                if (series.Count == 0 && kind == "counter") text.Append(exposed).Append(" 0\n");
                foreach (var (labels, s) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
                {
                    if (kind == "histogram") s.WriteHistogram(text, name, labels, Bounds(instrument));
                    else text.Append(exposed).Append(Braces(labels)).Append(' ').Append(Number(s.Sum)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = Labels(tags);
        lock (_lock)
        {
            if (!_series.TryGetValue(instrument, out var series)) return;
            if (!series.TryGetValue(labels, out var s)) series[labels] = s = new Series(Bounds(instrument).Count);
            if (instrument is Histogram<double> or Histogram<long>) s.Observe(value, Bounds(instrument));
            else if (instrument.IsObservable) s.Sum = value;
            else s.Sum += value;
        }
    }

    private static IReadOnlyList<double> Bounds(Instrument instrument) => instrument switch
    {
        Histogram<double> h => h.Advice?.HistogramBucketBoundaries ?? [],
        _ => [],
    };

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0) return "";
        var parts = new List<string>(tags.Length);
        foreach (var tag in tags) parts.Add($"{tag.Key}=\"{Escape(Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "")}\"");
        parts.Sort(StringComparer.Ordinal);
        return string.Join(',', parts);
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Braces(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

    internal static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    public void Dispose() => _listener.Dispose();

    /// <summary>One label set's running figures.</summary>
    private sealed class Series(int buckets)
    {
        private readonly long[] _counts = new long[buckets + 1];
        private long _count;

        public double Sum { get; set; }

        public void Observe(double value, IReadOnlyList<double> bounds)
        {
            var i = 0;
            while (i < bounds.Count && value > bounds[i]) i++;
            _counts[i]++;
            _count++;
            Sum += value;
        }

        public void WriteHistogram(StringBuilder text, string name, string labels, IReadOnlyList<double> bounds)
        {
            var prefix = labels.Length == 0 ? "" : labels + ",";
            long cumulative = 0;
            for (var i = 0; i <= bounds.Count; i++)
            {
                cumulative += _counts[i];
                var le = i < bounds.Count ? Number(bounds[i]) : "+Inf";
                text.Append(name).Append("_bucket{").Append(prefix).Append("le=\"").Append(le).Append("\"} ").Append(cumulative).Append('\n');
            }

            text.Append(name).Append("_sum").Append(Braces(labels)).Append(' ').Append(Number(Sum)).Append('\n');
            text.Append(name).Append("_count").Append(Braces(labels)).Append(' ').Append(_count).Append('\n');
        }
    }
}
