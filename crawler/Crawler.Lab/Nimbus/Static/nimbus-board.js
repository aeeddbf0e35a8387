// Nimbus job board: an independent-style SPA. CSRF cookie echoed in a header, POST search with the page
// number in the body, a click-only "下一页" pager (the page number is never in the URL), hash-routed
// details #/job/{id}, and an error view "加载失败" + "重试" whenever a call fails: no retry of its own.
// Cards carry no id and no link; the detail's back button goes to #/ (not history.back()).
// Variants (query of this script's URL): detail=post asks POST {api}/detail {jobId} for a detail instead of
// GET {api}/jobs/{id}; route=opaque routes a detail as #/p/{token} (the id encoded, as apps that hide their keys do)
// and writes the posting id nowhere in the DOM; sign=1 adds a one-time _signature to every POST, as signed portals do.
(function () {
  'use strict';
  const flags = new URL(document.currentScript.src).searchParams;
  const postDetail = flags.get('detail') === 'post', opaque = flags.get('route') === 'opaque', signed = flags.get('sign') === '1';
  const api = '/api' + location.pathname.replace(/\/+$/, '');
  const [listView, detailView] = views('nb-list-view', 'nb-detail-view');
  let started = false, page = 1, total = 0, pages = 1, loading = false, jobs = [];
  let count, list, pager, prev, next, label, error;

  function csrf() {
    const m = document.cookie.match(/(?:^|;\s*)nb_csrf=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  async function call(url, body) {
    const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) };
    init.headers = { 'content-type': 'application/json', 'x-nb-csrf': csrf() };
    if (signed && body !== undefined) url += '?_signature=' + Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, '0')).join('');
    const response = await fetch(url, init);
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const json = await response.json();
    if (json.code !== 0) throw new Error(json.message + ' (' + json.code + ')');
    return json.data;
  }

  function errorView(where, message, retry) {
    const box = el('div', 'nb-error');
    const b = el('button', 'nb-retry', '重试');
    b.addEventListener('click', () => { box.remove(); retry(); });
    box.append(el('p', 'nb-error-text', '加载失败 ' + message), b);
    where.replaceChildren(box);
    return box;
  }

  function start() {
    started = true;
    ({ count, list, error, pager } = fill(listView, 'Nimbus AI 职位 · Job board', {
      count: ['p', 'nb-count'], list: ['div', 'nb-list'], error: ['div', 'nb-error-slot'], pager: ['div', 'nb-pager'],
    }));
    ({ prev, label, next } = fill(pager, null, { prev: ['button', 'nb-prev', '上一页'], label: ['span', 'nb-page'], next: ['button', 'nb-next', '下一页'] }));
    prev.addEventListener('click', () => load(page - 1));
    next.addEventListener('click', () => load(page + 1));
    load(1);
  }

  async function load(n) {
    if (loading) return;
    loading = true;
    next.disabled = prev.disabled = true;
    try {
      const data = await call(api + '/search', { page: n, pageSize: 10, keyword: '' });
      page = n; total = data.total; pages = Math.max(1, Math.ceil(total / data.pageSize)); jobs = data.list;
      error.replaceChildren();
      render();
    } catch (e) {
      // The list and the pager disappear behind the error view until the user presses 重试.
      list.replaceChildren();
      pager.hidden = true;
      errorView(error, '(' + e.message + ')', () => load(n));
    } finally {
      loading = false;
    }
  }

  function render() {
    count.textContent = '共 ' + total + ' 个职位';
    list.replaceChildren(...jobs.map(card));
    pager.hidden = false;
    label.textContent = '第 ' + page + ' / ' + pages + ' 页';
    prev.disabled = page <= 1;
    next.disabled = page >= pages;
  }

  function card(job) {
    const c = el('div', 'nb-card');
    c.append(el('h3', 'nb-title', job.jobTitle));
    const meta = c.appendChild(el('div', 'nb-meta'));
    meta.append(el('span', 'nb-cities', job.cityList.join(' / ')), ' · ', el('span', 'nb-dept', job.deptName), ' · ', el('span', 'nb-type', job.recruitType));
    c.addEventListener('click', () => {
      location.hash = opaque ? '#/p/' + btoa(String(job.jobId)).replace(/=+$/, '') : '#/job/' + encodeURIComponent(job.jobId);
    });
    return c;
  }

  async function detail(id) {
    detailView.replaceChildren(el('p', 'nb-loading', '加载中…'));
    try {
      const j = postDetail ? await call(api + '/detail', { jobId: id }) : await call(api + '/jobs/' + encodeURIComponent(id));
      if (routed() !== id) return;
      const section = el('section', 'nb-detail');
      if (!opaque) section.dataset.jobId = j.jobId; // the in-app router re-renders asynchronously: this tells posts apart
      const back = el('button', 'nb-back', '返回列表');
      back.addEventListener('click', () => { location.hash = '#/'; });
      section.append(back, el('h1', 'nb-detail-title', j.jobTitle),
        el('p', 'nb-detail-meta', j.cityList.join(' / ') + ' · ' + j.deptName + ' · ' + j.recruitType));
      if (j.jobDesc) section.append(el('h2', null, '职位描述'), el('div', 'nb-desc', j.jobDesc));
      if (j.jobRequire) section.append(el('h2', null, '任职要求'), el('div', 'nb-req', j.jobRequire));
      detailView.replaceChildren(section);
    } catch (e) {
      errorView(detailView, '(' + e.message + ')', () => detail(id));
    }
  }

  /** The id of the job the route shows, or null on the list. */
  function routed() {
    const m = opaque ? location.hash.match(/^#\/p\/([A-Za-z0-9+/]+)$/) : location.hash.match(/^#\/job\/([^/?#]+)$/);
    return m ? (opaque ? atob(m[1]) : decodeURIComponent(m[1])) : null;
  }

  function route() {
    const id = routed();
    showViews(listView, detailView, id !== null);
    if (id !== null) { detail(id); return; }
    detailView.replaceChildren();
    if (!started) start(); // back on #/: the list keeps its page, as an app's in-memory state does
  }

  window.addEventListener('hashchange', route);
  route();
})();
