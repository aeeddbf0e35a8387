namespace Crawler.Diagnostics;

/// <summary>
/// The dashboard's script: polls <c>api/overview</c> and <c>api/events</c> (with the filter form's values) every
/// two seconds and replaces the table bodies. Every value goes into the page through <c>textContent</c> or an
/// attribute set by the DOM API, never through <c>innerHTML</c>, so portal text cannot become markup.
/// </summary>
internal static class DashboardScript
{
    public const string Js = """
        'use strict';
        const $ = s => document.querySelector(s);
        function el(tag, attrs, ...kids) {
          const e = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
          for (const kid of kids) e.append(kid instanceof Node ? kid : document.createTextNode(kid === null || kid === undefined ? '' : String(kid)));
          return e;
        }
        const time = t => t ? t.replace('T', ' ').replace(/\.\d+/, '').replace(/(\+00:00|Z)$/, 'Z') : '-';
        function progressCell(p) {
          if (!p) return el('td', {}, '-');
          const bar = el('span', { class: 'bar' });
          if (p.total) bar.append(el('span', { style: 'width:' + Math.min(100, Math.round(100 * p.done / p.total)) + '%' }));
          return el('td', { class: 'progress' }, bar, p.text);
        }
        function lastRunCell(r) {
          if (!r) return el('td', {}, '-');
          return el('td', {}, el('span', { class: 'status ' + r.status }, r.status), ' ', el('span', { class: 'muted' }, time(r.startedAt)));
        }
        function evidence(e) {
          if (!e) return '-';
          const parts = ['total ' + (e.reportedTotal ?? '?'), 'unique ' + e.uniqueIds, 'pages ' + e.pagesFetched + (e.pagesFailed ? ' (' + e.pagesFailed + ' failed)' : '')];
          if (!e.totalStable) parts.push('total moved');
          if (e.capHit) parts.push('cap hit');
          return el('span', { class: e.complete ? 'ok' : 'flag' }, (e.complete ? '✓ complete: ' : '✗ incomplete: ') + parts.join(', '));
        }
        function renderSources(data) {
          const body = $('#sources tbody');
          body.replaceChildren(...data.sources.map(s => el('tr', { class: s.state, 'data-source': s.id },
            el('td', {}, s.id), el('td', {}, s.company),
            el('td', {}, el('span', { class: 'state ' + s.state }, s.state)),
            progressCell(s.progress), lastRunCell(s.lastRun), el('td', {}, time(s.nextDue)),
            el('td', {}, s.failures), el('td', {}, s.lease ?? '-'),
            el('td', { class: 'muted' }, s.lastRun && s.lastRun.errors.length ? s.lastRun.errors.join('; ') : ''))));
          $('#runs tbody').replaceChildren(...data.runs.map(r => el('tr', { class: r.suspect ? 'suspect' : '' },
            el('td', {}, r.source, el('div', { class: 'muted' }, r.id)), el('td', {}, time(r.startedAt)), el('td', {}, r.status),
            el('td', {}, r.seen), el('td', {}, r.new + ' / ' + r.changed + ' / ' + r.gone), el('td', {}, evidence(r.evidence)),
            el('td', {}, r.suspect ? el('span', { class: 'flag' }, 'suspect: disappearances withheld') : ''))));
        }
        function renderEvents(events) {
          const list = $('#events');
          if (!events.length) { list.replaceChildren(el('li', { class: 'muted' }, 'no events match')); return; }
          list.replaceChildren(...events.map(e => {
            const item = el('li', { 'data-kind': e.kind },
              el('span', { class: 'kind' }, e.kind), ' ', el('a', { href: 'posting?key=' + encodeURIComponent(e.key), class: 'posting' }, e.title),
              ' ', el('span', { class: 'muted' }, e.company + ' · ' + e.cities.join(', ') + ' · ' + time(e.createdAt)));
            for (const c of e.changes) {
              item.append(el('div', { class: 'muted' }, c.field + ': ', el('span', { class: 'del' }, '−' + (c.diff.length ? c.diff.filter(l => l[0] === '-').map(l => l.slice(1)).join(' ') : c.old)),
                ' ', el('span', { class: 'ins' }, '+' + (c.diff.length ? c.diff.filter(l => l[0] === '+').map(l => l.slice(1)).join(' ') : c.new))));
            }
            return item;
          }));
        }
        function filters() {
          const q = new URLSearchParams();
          for (const [k, v] of new FormData($('#filters'))) if (v.trim()) q.set(k, v.trim());
          if (!q.has('kind')) q.set('kind', 'appeared,changed,disappeared,reappeared');
          return q.toString();
        }
        let busy = false;
        async function refresh() {
          if (busy) return;
          busy = true;
          try {
            const [overview, events] = await Promise.all([fetch('api/overview'), fetch('api/events?' + filters())]);
            if (!overview.ok || !events.ok) throw new Error('HTTP ' + overview.status + '/' + events.status);
            const data = await overview.json();
            renderSources(data);
            renderEvents(await events.json());
            $('#updated').textContent = 'updated ' + time(data.now) + ' · refreshes every 2 s';
          } catch (err) {
            $('#updated').textContent = 'not updated: ' + err.message;
          } finally {
            busy = false;
          }
        }
        $('#filters').addEventListener('input', refresh);
        $('#filters').addEventListener('submit', ev => { ev.preventDefault(); refresh(); });
        refresh();
        setInterval(refresh, 2000);
        """;
}
