namespace Crawler.Portals.Declarative;

/// <summary>A card opened in the app: its id, detail URL, the ready selector with the id, and the card's text on the list.</summary>
internal sealed record OpenedCard(string Id, string DetailUrl, string Ready, string CardText);
