// Nimbus AI careers: an API-driven SPA. The list grows by "加载更多 / Load more" (cursor paging);
// each opening links to an in-app detail route /careers/openings/{id}.
(function () {
  'use strict';
  const [listView, detailView] = views('list-view', 'detail-view');
  let started = false, cursor = null, loading = false;
  let list, button, status, count;

  function startList() {
    started = true;
    ({ count, list, status, button } = fill(listView, 'Nimbus AI 招聘 · Careers', {
      count: ['p', 'opening-count'], list: ['ul', 'opening-list'], status: ['p', 'list-status'],
      button: ['button', 'load-more', '加载更多 / Load more'],
    }));
    button.addEventListener('click', loadMore);
    loadMore();
  }

  async function loadMore() {
    if (loading) return;
    loading = true;
    button.disabled = true;
    status.textContent = '加载中… / Loading…';
    delete status.dataset.state;
    try {
      const url = '/api/careers/openings?pageSize=12' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : '');
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const json = await response.json();
      if (json.status !== 'ok') throw new Error(json.status);
      for (const opening of json.result.openings) list.append(card(opening));
      count.textContent = '共 ' + json.result.total + ' 个职位 · ' + json.result.total + ' openings';
      cursor = json.result.nextCursor;
      status.textContent = '';
      if (!cursor) {
        button.remove();
        listView.append(el('p', 'list-end', '已经到底了 / That is all'));
      }
    } catch (e) {
      status.textContent = '加载失败，点击重试 / Failed to load, click to retry (' + e.message + ')';
      status.dataset.state = 'error';
    } finally {
      loading = false;
      button.disabled = false;
    }
  }

  function card(opening) {
    const li = el('li', 'opening');
    const a = li.appendChild(el('a', 'opening-link', opening.headline));
    a.href = '/careers/openings/' + encodeURIComponent(opening.openingId);
    a.addEventListener('click', ev => { ev.preventDefault(); history.pushState(null, '', a.href); route(); });
    const meta = li.appendChild(el('div', 'opening-meta'));
    meta.textContent = opening.locations.map(l => l.label).join(' / ') + ' · ' + opening.team.name + ' · ' + opening.employmentType;
    return li;
  }

  function showDetail(id) {
    const path = '/careers/openings/' + encodeURIComponent(id);
    return loadDetail(detailView, '/api' + path, { loading: 'opening-loading', missing: 'opening-missing' }, '该职位已下线 / This opening is closed', json => {
      const o = json.result;
      if (location.pathname !== path) return null; // navigated away meanwhile
      const article = el('article', 'opening-detail');
      article.dataset.openingId = o.openingId;
      article.append(el('h1', 'opening-headline', o.headline),
        el('p', 'opening-meta', o.locations.map(l => l.label).join(' / ') + ' · ' + o.team.name + ' · ' + o.employmentType + ' · ' + o.postedAt.slice(0, 10)));
      if (o.body) article.append(el('h2', null, '职位描述 / About the role'), el('div', 'opening-body', o.body));
      if (o.qualifications) article.append(el('h2', null, '任职要求 / Qualifications'), el('div', 'opening-qualifications', o.qualifications));
      return article;
    });
  }

  function route() {
    const m = location.pathname.match(/^\/careers\/openings\/([^/]+)$/);
    showViews(listView, detailView, !!m);
    if (m) showDetail(decodeURIComponent(m[1]));
    else if (!started) startList();
  }

  window.addEventListener('popstate', route);
  route();
})();
