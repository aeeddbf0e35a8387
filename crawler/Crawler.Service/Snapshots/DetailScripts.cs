namespace Crawler.Snapshots;

/// <summary>
/// The in-page halves of detail rendering. Readiness is proven by what the page shows (the posting's title, or a
/// configured selector) on a DOM that stayed quiet for the settle time, observed with a MutationObserver; never
/// by load events or fixed sleeps. The content kept is the configured selector's element, else the smallest
/// element holding both the title and the page's longest text block, else the whole body.
/// </summary>
internal static class DetailScripts
{
    /// <summary>Routes inside the app (pushState + popstate, or hash) and starts counting DOM changes.</summary>
    public const string Navigate = """
        a => {
          const nav = window.__crawlerNav = { changes: 0 };
          const o = new MutationObserver(() => { nav.changes++; o.disconnect(); });
          o.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
          if (a.hash) { location.href = a.url; }
          else { history.pushState(null, '', a.url); window.dispatchEvent(new PopStateEvent('popstate', { state: null })); }
        }
        """;

    /// <summary>
    /// Waits until the page shows the posting (title and/or ready selector) on a quiet DOM and returns
    /// [content HTML, content text, document HTML, how the content was chosen]. Rejects naming what it waited for;
    /// where the source names the page's error view, its showing presses the retry control once, then rejects.
    /// </summary>
    public const string WaitAndCapture = """
        async a => {
          const norm = s => (s || '').replace(/\s+/g, ' ').trim().toLowerCase();
          const skip = 'script,style,template,noscript';
          const watch = { childList: true, subtree: true, characterData: true, attributes: true };
          const deadline = performance.now() + a.timeout;
          const title = norm(a.title);
          const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const titleElement = () => {
            if (!title || !document.body) return null;
            let best = null, bestKey = null;
            for (const e of document.body.querySelectorAll('*')) {
              if (e.matches(skip)) continue;
              const text = e.textContent;
              if (!text || text.length < title.length) continue;
              const n = norm(text);
              if (!n.includes(title) || !visible(e)) continue;
              const key = [n.length, e.closest('a') ? 1 : 0, /^H[1-6]$/.test(e.tagName) ? 0 : 1];
              if (!best || key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
                best = e; bestKey = key;
              }
            }
            return best;
          };
          const changed = () => !a.requireChange || (window.__crawlerNav && window.__crawlerNav.changes > 0);
          const ready = () => changed() && (a.ready ? !!document.querySelector(a.ready) : (!title || !!titleElement()));
          const quiet = () => new Promise(resolve => {
            let t;
            const done = () => { o.disconnect(); clearTimeout(t); clearTimeout(cap); resolve(); };
            const o = new MutationObserver(() => { clearTimeout(t); t = setTimeout(done, a.settle); });
            const cap = setTimeout(done, Math.max(0, Math.min(a.maxSettle, deadline - performance.now())));
            t = setTimeout(done, a.settle);
            o.observe(document, watch);
          });
          const nextChange = ms => new Promise(resolve => {
            const o = new MutationObserver(() => { o.disconnect(); clearTimeout(t); resolve(true); });
            const t = setTimeout(() => { o.disconnect(); resolve(false); }, ms);
            o.observe(document, watch);
          });
          const missing = () => !changed() ? 'the page to change after routing to it'
            : a.ready ? 'ready selector ' + a.ready + ' (' + a.readyKey + ')'
            : 'title "' + a.title + '" to be visible';
          let retried = false;
          const errorShown = () => { const e = a.error && document.querySelector(a.error); return !!e && visible(e); };
          for (;;) {
            await quiet();
            if (ready()) break;
            if (changed() && errorShown()) {
              const r = a.retry && document.querySelector(a.retry);
              if (!r || retried) throw new Error('the page shows its error view ' + a.error + (retried ? ' again after its retry control ' + a.retry : '') + ' instead of ' + missing());
              // As a person would: press the page's retry control once, then wait for the error view to go.
              retried = true;
              r.click();
              while (errorShown() && !ready()) {
                const left = deadline - performance.now();
                if (left <= 0 || !(await nextChange(left))) throw new Error('waited ' + Math.round(a.timeout) + ' ms for the error view ' + a.error + ' to go after its retry control ' + a.retry);
              }
              continue;
            }
            const left = deadline - performance.now();
            if (left <= 0 || !(await nextChange(left))) {
              throw new Error('waited ' + Math.round(a.timeout) + ' ms for ' + missing());
            }
          }
          const pick = () => {
            if (a.content) {
              const e = document.querySelector(a.content);
              if (!e) throw new Error('content selector ' + a.content + ' (' + a.contentKey + ') matched nothing');
              return [e, 'selector'];
            }
            const t = titleElement();
            if (!t) return [document.body, 'body'];
            let longest = null, max = 0;
            for (const e of document.body.querySelectorAll('*')) {
              if (e.matches(skip) || e.closest(skip)) continue;
              let own = 0;
              for (const c of e.childNodes) if (c.nodeType === 3) own += c.textContent.trim().length;
              if (own > max) { max = own; longest = e; }
            }
            let e = t;
            while (longest && e && !e.contains(longest)) e = e.parentElement;
            return !e || e === document.body || e === document.documentElement ? [document.body, 'body'] : [e, 'main'];
          };
          const [e, how] = pick();
          return [e.outerHTML, e.innerText, document.documentElement.outerHTML, how];
        }
        """;
}
