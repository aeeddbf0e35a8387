namespace Crawler.Portals.Declarative;

/// <summary>
/// A field selector as configured: <c>.title</c> (text of the first match; every match for multi-valued fields),
/// <c>a.link@href</c> (an attribute), or <c>@data-id</c> (an attribute of the item itself).
/// </summary>
/// <param name="Selector">CSS selector relative to the item; null for the item itself.</param>
/// <param name="Attribute">Attribute to read; null for the element's text.</param>
public sealed record SelectorSpec(string? Selector, string? Attribute)
{
    public static SelectorSpec Parse(string text)
    {
        var trimmed = text.Trim();
        var at = trimmed.LastIndexOf('@');
        if (at < 0 || at == trimmed.Length - 1 || trimmed[(at + 1)..].Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':')))
        {
            return new SelectorSpec(trimmed, null);
        }

        var selector = trimmed[..at].Trim();
        return new SelectorSpec(selector.Length == 0 ? null : selector, trimmed[(at + 1)..]);
    }
}
