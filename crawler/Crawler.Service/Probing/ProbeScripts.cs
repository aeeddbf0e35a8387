namespace Crawler.Probing;

/// <summary>The page-side scripts of the probe: find what a person would click, and name it with a CSS selector.</summary>
internal static class ProbeScripts
{
    /// <summary>A CSS selector for an element: tag plus its first class, plus an id-valued attribute when asked (shared helper).</summary>
    private const string Name = """
        const cssName = (e) => {
          const tag = e.tagName.toLowerCase();
          const cls = Array.from(e.classList).find(c => /^[A-Za-z_-][\w-]*$/.test(c));
          return cls ? tag + '.' + cls : tag;
        };
        """;

    /// <summary>() → CSS selector of the visible next-page / load-more control, or null.</summary>
    public const string NextControl = "() => {" + Name + """
          const words = /^(下一页|下页|next|next page|加载更多|load more|查看更多|更多职位|show more|more|›|»|>)$/i;
          const loose = /(下一页|加载更多|load more|next page)/i;
          const visible = e => e.offsetParent !== null && getComputedStyle(e).visibility !== 'hidden';
          const all = Array.from(document.querySelectorAll('button, a, [role=button], li, span, div'))
            .filter(e => visible(e) && e.children.length <= 2);
          const text = e => (e.innerText || e.textContent || '').trim();
          const hit = all.find(e => words.test(text(e)) || /next/i.test(e.getAttribute('aria-label') || ''))
                   ?? all.find(e => loose.test(text(e)) && text(e).length < 40)
                   ?? all.find(e => /(^|[-_\s])(next|load-?more)([-_\s]|$)/i.test(e.className || ''));
          if (!hit) return null;
          const el = hit.closest('button, a, [role=button]') ?? hit;
          const sel = cssName(el);
          return document.querySelectorAll(sel).length === 1 ? sel : (el.getAttribute('aria-label') ? sel + '[aria-label="' + el.getAttribute('aria-label') + '"]' : sel);
        }
        """;

    /// <summary>(phrases) → the first of them the page's text shows (scripts and styles aside), or null.</summary>
    public const string FirstShown = "phrases => {" + Snapshots.DetailScripts.PageText + """
          const text = pageText();
          return phrases.find(p => text.includes(p.replace(/\s+/g, ' ').trim().toLowerCase())) ?? null;
        }
        """;

    /// <summary>(title) → clicks the visible element showing exactly this title (what a person clicks); true when found.</summary>
    public const string ClickTitle = """
        (title) => {
          const el = Array.from(document.querySelectorAll('a, h1, h2, h3, h4, h5, div, span, p, li'))
            .find(e => e.offsetParent !== null && e.children.length === 0 && (e.textContent || '').trim() === title);
          if (!el) return false;
          el.scrollIntoView();
          el.click();
          return true;
        }
        """;

    /// <summary>
    /// ([title, id]) → {ready, content, withId} for the detail view: the visible element showing the title, then
    /// the nearest ancestor whose attribute holds the posting id (ready = that element with {id}), and the
    /// ancestor holding the bulk of the text (content). null while the title is not visible.
    /// </summary>
    public const string DetailSelectors = "([title, id]) => {" + Name + """
          const el = Array.from(document.querySelectorAll('h1, h2, h3, h4, div, span, p, a'))
            .find(e => e.offsetParent !== null && e.children.length === 0 && (e.textContent || '').trim() === title);
          if (!el) return null;
          let withId = null, attr = null, content = null;
          for (let a = el; a && a !== document.body; a = a.parentElement) {
            if (!withId) {
              const hit = Array.from(a.attributes).find(x => x.value === id && x.name !== 'href');
              if (hit) { withId = a; attr = hit.name; }
            }
            if (!content && a !== el && (a.innerText || '').length >= Math.min(200, document.body.innerText.length * 0.5)) content = a;
          }
          const box = withId ?? content ?? el.parentElement;
          const contentSel = cssName(content ?? box);
          return { ready: withId ? cssName(withId) + '[' + attr + '="{id}"]' : cssName(box), content: contentSel, withId: !!withId };
        }
        """;
}
