// Nimbus AI jobs: an infinite-scroll feed of click-only cards (no links). A click opens the detail in-app
// and pushes /jobs/{id}; "返回 / Back" returns to the feed where it was.
(function () {
  'use strict';
  const [listView, detailView] = views('list-view', 'detail-view');
  let started = false, page = 0, hasMore = true, loading = false, failed = false;
  let feed, sentinel, error;

  function startFeed() {
    started = true;
    ({ feed, error, sentinel } = fill(listView, 'Nimbus AI 职位 · Jobs', {
      feed: ['div', 'job-feed'], error: ['div', 'feed-error'], sentinel: ['div', 'feed-sentinel'],
    }));
    error.hidden = true;
    new IntersectionObserver(maybeLoad).observe(sentinel);
    window.addEventListener('scroll', maybeLoad, { passive: true });
    maybeLoad();
  }

  function sentinelInView() {
    const r = sentinel.getBoundingClientRect();
    return r.top <= window.innerHeight + 50;
  }

  function maybeLoad() {
    if (!loading && hasMore && !failed && !listView.hidden && sentinelInView()) loadNext();
  }

  async function loadNext() {
    loading = true;
    try {
      const response = await fetch('/api/jobs/feed?page=' + (page + 1));
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const json = await response.json();
      for (const item of json.items) feed.append(card(item));
      page++;
      hasMore = json.hasMore;
      if (!hasMore) listView.insertBefore(el('div', 'feed-end', '没有更多了 / No more jobs'), sentinel);
    } catch (e) {
      failed = true;
      error.replaceChildren(el('span', null, '加载失败 / Failed to load (' + e.message + ') '), retryButton());
      error.hidden = false;
    } finally {
      loading = false;
      requestAnimationFrame(maybeLoad);
    }
  }

  function retryButton() {
    const b = el('button', 'feed-retry', '重试 / Retry');
    b.addEventListener('click', () => { failed = false; error.hidden = true; loadNext(); });
    return b;
  }

  function card(item) {
    const c = el('div', 'job-card');
    c.tabIndex = 0;
    c.append(el('h3', 'job-title', item.title));
    const meta = c.appendChild(el('div', 'job-meta'));
    for (const city of item.cities) meta.append(el('span', 'job-city', city), ' ');
    meta.append(el('span', 'job-team', item.team), ' ', el('span', 'job-type', item.type));
    c.addEventListener('click', () => { history.pushState(null, '', '/jobs/' + encodeURIComponent(item.id)); route(); });
    return c;
  }

  function showDetail(id) {
    const path = '/jobs/' + encodeURIComponent(id);
    return loadDetail(detailView, '/api' + path, { loading: 'detail-loading', missing: 'detail-missing' }, '职位已下线 / Job closed', j => {
      if (location.pathname !== path) return null;
      const section = el('section', 'job-detail');
      section.dataset.jobId = j.id;
      const back = el('button', 'detail-back', '返回 / Back');
      back.addEventListener('click', () => history.back());
      section.append(back, el('h1', 'detail-title', j.title), el('p', 'detail-cities', j.cities.join(' / ') + ' · ' + j.team + ' · ' + j.type));
      if (j.description) section.append(el('div', 'detail-description', j.description));
      if (j.requirement) section.append(el('div', 'detail-requirement', j.requirement));
      return section;
    });
  }

  function route() {
    const m = location.pathname.match(/^\/jobs\/([^/]+)$/);
    showViews(listView, detailView, !!m);
    if (m) { showDetail(decodeURIComponent(m[1])); return; }
    detailView.replaceChildren();
    if (!started) startFeed(); else requestAnimationFrame(maybeLoad);
  }

  window.addEventListener('popstate', route);
  route();
})();
