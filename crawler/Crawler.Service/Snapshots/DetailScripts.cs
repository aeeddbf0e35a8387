namespace Crawler.Snapshots;

/// <summary>
/// The in-page halves of detail rendering. Readiness is proven by what the page shows (the posting's title, or a
/// configured selector) on a DOM that stayed quiet for the settle time, observed with a MutationObserver; never
/// by load events or fixed sleeps. The content kept is the configured selector's element, else the smallest
/// element holding both the title and the page's longest text block, else the whole body.
/// </summary>
internal static class DetailScripts
{
    /// <summary>
    /// The page's own text, without scripts' and styles' (a server-rendered state in a script holds the description
    /// before the app shows it), normalised as the phrase is compared.
    /// </summary>
    internal const string PageText = """
        const pageText = () => {
          const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
          let s = '';
          for (let n = w.nextNode(); n; n = w.nextNode()) {
            const p = n.parentElement && n.parentElement.tagName;
            if (p !== 'SCRIPT' && p !== 'STYLE' && p !== 'NOSCRIPT' && p !== 'TEMPLATE') s += n.nodeValue;
          }
          return s.replace(/\s+/g, ' ').toLowerCase();
        };
        """;

    /// <summary>
    /// Routes inside the app (pushState + popstate, or hash) and starts counting DOM changes; keeps the page's text (when asked)
    /// from before, since a phrase that was on the page already (a list beside the detail) proves nothing.
    /// </summary>
    public const string Navigate = """
        a => {
        """ + PageText + """
          const nav = window.__crawlerNav = { changes: 0, before: a.keepText ? pageText() : '' };
          const o = new MutationObserver(() => { nav.changes++; o.disconnect(); });
          o.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
          if (a.hash) { location.href = a.url; }
          else { history.pushState(null, '', a.url); window.dispatchEvent(new PopStateEvent('popstate', { state: null })); }
        }
        """;

    /// <summary>
    /// Waits until the page shows the posting (title and/or ready selector) on a quiet DOM and returns
    /// [content HTML, content text, document HTML, how the content was chosen, how the phrase proved it ('text',
    /// 'missed', 'before' when it was on the page already, '' without one)]. Rejects naming what it waited for;
    /// where the source names the page's error view, its showing presses the retry control once, then rejects.
    /// </summary>
    public const string WaitAndCapture = """
        async a => {
        """ + PageText + """
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
          // The posting's own text on the page proves the content is there: a short quiet moment is then enough.
          // Of its phrases, the first that was not on the page before routing there (the previous posting's
          // boilerplate proves nothing).
          const nav = window.__crawlerNav;
          const phrases = (a.proofs || []).map(norm).filter(p => p);
          const proof = !a.requireChange || !nav ? (phrases[0] || '') : (phrases.find(p => !nav.before.includes(p)) || '');
          const had = phrases.length > 0 && !proof;
          let seen = false;
          const shown = () => seen || (seen = !!proof && changed() && pageText().includes(proof));
          const ready = () => changed() && (a.ready ? !!document.querySelector(a.ready) : (!title || !!titleElement()));
          const quiet = () => new Promise(resolve => {
            let t;
            const done = () => { o.disconnect(); clearTimeout(t); clearTimeout(cap); resolve(); };
            const arm = () => { clearTimeout(t); t = setTimeout(done, shown() ? a.provenSettle : a.settle); };
            const o = new MutationObserver(arm);
            const cap = setTimeout(done, Math.max(0, Math.min(a.maxSettle, deadline - performance.now())));
            arm();
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
          let retried = false, proofUntil = null, missed = false;
          const errorShown = () => { const e = a.error && document.querySelector(a.error); return !!e && visible(e); };
          for (;;) {
            await quiet();
            if (ready()) {
              // The title is there but not yet the posting's own text: a description loaded after the title is
              // waited for, a little while.
              if (!proof || had || missed || shown()) break;
              if (proofUntil === null) proofUntil = Math.min(deadline, performance.now() + a.proofWait);
              const left = proofUntil - performance.now();
              if (left <= 0 || !(await nextChange(left))) { missed = true; break; }
              continue;
            }
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
          return [e.outerHTML, e.innerText, document.documentElement.outerHTML, how, !phrases.length ? '' : had ? 'before' : seen ? 'text' : 'missed'];
        }
        """;
}
