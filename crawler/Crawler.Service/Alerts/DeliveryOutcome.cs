namespace Crawler.Alerts;

/// <summary>The result of sending one message through the delivery pipeline.</summary>
public sealed record DeliveryOutcome(bool Delivered, int Attempts, string? Reason);
