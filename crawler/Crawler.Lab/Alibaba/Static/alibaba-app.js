// The lab's Alibaba "new-careers-portal" page: a client-side rendered SPA imitating the BU sites
// (careers-tongyi.alibaba.com, talent.quark.cn, …) and campus-talent.alibaba.com. Plain ES2020, no build
// step. Posting text goes in as text nodes only, so hostile text is shown and never executed.
(() => {
  'use strict';

  const CFG = window.__sysconfig;
  const app = document.getElementById('app');
  const PAGE_SIZE = 10;
  let generation = 0;
  let batches = null;

  class ApiError extends Error {
    constructor(status, reason, code) {
      super(`API ${status} ${reason || ''} ${code || ''}`);
      this.status = status;
      this.reason = reason || '';
      this.code = code || '';
    }
  }

  function readCookie(name) {
    for (const part of document.cookie.split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === name) return decodeURIComponent(rest.join('='));
    }
    return null;
  }

  function token() {
    return readCookie('XSRF-TOKEN') || CFG.__token__;
  }

  async function post(path, body) {
    const csrf = token();
    const headers = { 'Content-Type': 'application/json' };
    if (CFG.campus) headers['X-XSRF-TOKEN'] = csrf;
    const response = await fetch(path + '?_csrf=' + encodeURIComponent(csrf), {
      method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin',
    });
    if (response.status !== 200) throw new ApiError(response.status);
    let json;
    try {
      json = JSON.parse(await response.text());
    } catch (e) {
      throw new ApiError(200, 'parse');
    }
    if (!json.success) throw new ApiError(200, 'business', json.errorCode);
    return json.content;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  // The detail's DOM follows the site's seed (Generation/Static/lab-skin.js, prepended to this file).
  const { SKIN, skinned, skinnedText } = labSkin(el);

  function detailHref(id) {
    return CFG.campus ? `/campus/position/${id}` : `/off-campus/position-detail?lang=zh&positionId=${id}`;
  }

  function navigate(url) {
    history.pushState(null, '', url);
    route();
  }

  // ---- list ----------------------------------------------------------------------------------

  async function renderList(url, mine) {
    const status = el('div', { id: 'list-status', 'data-state': 'loading' }, '加载中…');
    app.replaceChildren(el('h1', { class: 'site-title' }, `${CFG.brand} 招聘`), status);
    const pageIndex = Math.max(1, parseInt(url.searchParams.get('pageIndex') || '1', 10) || 1);
    try {
      const body = {
        channel: CFG.listChannel, language: 'zh', pageIndex, pageSize: PAGE_SIZE,
        subCategories: url.searchParams.get('subCategories') || '', regions: url.searchParams.get('regions') || '',
      };
      if (CFG.campus) {
        batches = batches || await post('/searchCondition/listBatch', { channel: CFG.listChannel, language: 'zh' });
        const first = [...batches.graduate, ...batches.internship, ...batches.topTalentPlan][0];
        body.batchId = url.searchParams.get('batchId') || (first ? String(first.id) : '');
        body.searchKey = url.searchParams.get('key') || '';
      } else {
        Object.assign(body, { batchId: '', categories: '', deptCodes: [], key: url.searchParams.get('key') || '', shareType: '', shareId: '', myReferralShareCode: '' });
      }
      const content = await post('/position/search', body);
      if (mine !== generation) return;
      status.setAttribute('data-state', 'ready');
      status.setAttribute('data-total', content.totalCount);
      status.setAttribute('data-page', content.currentPage);
      status.textContent = `共 ${content.totalCount} 个职位`;
      const list = el('ul', { id: 'position-list' });
      for (const p of content.datas) {
        list.append(el('li', { class: 'position-card', 'data-position-id': p.id },
          el('a', { class: 'position-link', href: detailHref(p.id) }, p.name),
          el('span', { class: 'position-cities' }, (p.workLocations || []).join(' / ')),
          el('span', { class: 'position-category' }, (p.categories || []).join(', '))));
      }
      const next = new URL(url.href);
      next.searchParams.set('pageIndex', String(pageIndex + 1));
      app.append(list, el('nav', { class: 'pager' },
        el('a', { class: 'pager-next', href: next.pathname + next.search, 'data-disabled': content.datas.length < PAGE_SIZE ? '1' : null }, '下一页')));
    } catch (e) {
      if (mine !== generation) return;
      status.setAttribute('data-state', 'error');
      status.setAttribute('data-status', e.status || 0);
      status.textContent = '加载失败';
    }
  }

  // ---- detail --------------------------------------------------------------------------------

  async function renderDetail(id, mine) {
    app.replaceChildren(el('div', { class: 'position-detail-loading', 'data-position-id': id }, '加载中…'));
    try {
      const content = await post('/position/detail', { channel: CFG.channelCodeMap.offCampus, language: 'zh', id: Number(id) });
      if (mine !== generation) return;
      if (!content) {
        app.replaceChildren(el('div', { class: 'position-detail-offline', 'data-position-id': id }, '职位已下线'));
        return;
      }
      const meta = [(content.workLocations || []).join('、'), (content.categories || []).join(', '), content.batchName].filter(Boolean).join(' · ');
      app.replaceChildren(
        skinned(id, content.name, [meta, content.code],
          [['职位描述', skinnedText('description', content.description)], ['职位要求', skinnedText('requirement', content.requirement)]]),
        el('a', { class: 'back-link', href: CFG.campus ? '/campus/position' : '/off-campus/position-list' }, '返回职位列表'));
    } catch (e) {
      if (mine !== generation) return;
      app.replaceChildren(el('div', { class: 'position-detail-error', 'data-position-id': id, 'data-status': e.status || 0 }, '加载失败'));
    }
  }

  // ---- routing -------------------------------------------------------------------------------

  function route() {
    const mine = ++generation;
    const url = new URL(location.href);
    const campusDetail = CFG.campus && url.pathname.match(/^\/campus\/position\/([^/]+)$/);
    if (campusDetail) return renderDetail(decodeURIComponent(campusDetail[1]), mine);
    if (!CFG.campus && url.pathname === '/off-campus/position-detail') return renderDetail(url.searchParams.get('positionId') || '', mine);
    return renderList(url, mine);
  }

  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.position-link, a.pager-next, a.back-link');
    if (!link || link.getAttribute('data-disabled')) return;
    event.preventDefault();
    navigate(link.getAttribute('href'));
  });
  window.addEventListener('popstate', route);
  route();
})();
