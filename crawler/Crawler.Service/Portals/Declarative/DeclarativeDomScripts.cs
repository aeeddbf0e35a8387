namespace Crawler.Portals.Declarative;

/// <summary>The page-side scripts of DOM mode: one evaluation reads every item's fields at once.</summary>
internal static class DeclarativeDomScripts
{
    /// <summary>([rootSelector|null, itemSelector|null, {field: {selector, attribute}}]) → JSON [{field: [values]}].</summary>
    public const string Extract = """
        ([root, itemSel, fields]) => {
          const scope = root ? document.querySelector(root) : document;
          if (!scope) return '[]';
          const items = itemSel ? Array.from(scope.querySelectorAll(itemSel)) : [scope];
          const read = (e, attr) => {
            if (!attr) return e.innerText ?? e.textContent ?? '';
            if ((attr === 'href' || attr === 'src') && typeof e[attr] === 'string') return e[attr];
            return e.getAttribute(attr) ?? '';
          };
          return JSON.stringify(items.map(item => {
            const out = {};
            for (const [name, spec] of Object.entries(fields)) {
              const els = spec.selector ? Array.from(item.querySelectorAll(spec.selector)) : [item];
              out[name] = els.map(e => read(e, spec.attribute).trim()).filter(v => v.length > 0);
            }
            return out;
          }));
        }
        """;

    /// <summary>([item, count, end, error]) → 'more' | 'end' | 'error' | false.</summary>
    public const string Grew = """
        ([item, n, end, error]) => {
          const visible = e => !!e && e.offsetParent !== null;
          if (document.querySelectorAll(item).length > n) return 'more';
          if (error && visible(document.querySelector(error))) return 'error';
          if (end && document.querySelector(end)) return 'end';
          return false;
        }
        """;

    /// <summary>([item, error]) → true once an item or the error element is on the page.</summary>
    public const string ItemsOrError = """
        ([item, error]) => document.querySelector(item) !== null || (!!error && !!document.querySelector(error) && document.querySelector(error).offsetParent !== null)
        """;

    /// <summary>Signature of the list, to see a pager replace it.</summary>
    public const string Signature = "item => { const all = document.querySelectorAll(item); return all.length + '|' + (all[0]?.textContent ?? '') + '|' + (all[all.length - 1]?.textContent ?? ''); }";

    /// <summary>The first integer in the text of a selector (a "共 40 个职位" total), or null.</summary>
    public const string TotalText = "sel => { const e = document.querySelector(sel); const m = e && (e.textContent || '').replace(/[,，\\s]/g, '').match(/\\d+/); return m ? m[0] : null; }";
}
