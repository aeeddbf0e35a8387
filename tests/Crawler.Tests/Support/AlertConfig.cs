namespace Crawler.Tests.Support;

/// <summary>The <c>Alerts</c> section JSON for tests: one webhook sink named <c>hook</c> reading from the beginning of the log.</summary>
public static class AlertConfig
{
    public static string Webhook(string url, string filter = "{}", string sinkExtra = "", string alertsExtra = "") => $$"""
        {
          "Sinks": [ { "name": "hook", "type": "webhook", "url": "{{url}}", "startAt": "beginning", "filter": {{filter}} {{sinkExtra}} } ]
          {{alertsExtra}}
        }
        """;
}
