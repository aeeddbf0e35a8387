// The lab's ATSX careers page: a client-side rendered SPA that imitates jobs.bytedance.com and
// *.jobs.feishu.cn. Plain ES2020, no build step, no external fetches. All posting text is inserted
// as text nodes (never parsed as markup), so hostile text in a posting is shown and never executed.
(() => {
  'use strict';

  // The lab's stand-in for the in-page anti-bot signer; AtsxSignature.cs holds the same secret.
  const SIGNATURE_SECRET = 'atsx-lab-7f3a91c2';
  const FNV_OFFSET = 0x811c9dc5;
  const FNV_PRIME = 0x01000193;
  const CSRF_COOKIE = 'atsx-csrf-token';
  const RESULT_WINDOW = 10000;
  const MAX_LIMIT = 200;

  const SITE = JSON.parse(document.getElementById('atsx-site').textContent);
  const app = document.getElementById('app');
  const encoder = new TextEncoder();
  let generation = 0;
  let filters = null;

  class ApiError extends Error {
    constructor(status, reason, code) {
      super(`API ${status} ${reason || ''}`);
      this.status = status;
      this.reason = reason || '';
      this.code = code;
    }
  }

  // ---- signing -------------------------------------------------------------------------------

  function fnv1a(text, basis) {
    let hash = basis >>> 0;
    for (const b of encoder.encode(text)) {
      hash ^= b;
      hash = Math.imul(hash, FNV_PRIME) >>> 0;
    }
    return hash >>> 0;
  }

  function hex8(n) {
    return n.toString(16).padStart(8, '0');
  }

  function sign(path, query, body) {
    const message = path + '?' + query + '\n' + body;
    const first = fnv1a(SIGNATURE_SECRET + '\n' + message, FNV_OFFSET);
    const second = fnv1a(message + '\n' + SIGNATURE_SECRET, first);
    return hex8(first) + hex8(second);
  }

  // Escapes what the browser would otherwise escape itself, so the signed query is the sent query.
  function enc(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }

  // The real page echoes the JSON body as the query string.
  function echoQuery(body) {
    return Object.entries(body)
      .map(([key, value]) => enc(key) + '=' + enc(Array.isArray(value) ? value.join(',') : String(value)))
      .join('&');
  }

  function signedUrl(path, query, body) {
    return path + '?' + (query ? query + '&' : '') + '_signature=' + sign(path, query, body);
  }

  // ---- API -----------------------------------------------------------------------------------

  function readCookie(name) {
    for (const part of document.cookie.split(';')) {
      const [key, ...rest] = part.trim().split('=');
      if (key === name) {
        return decodeURIComponent(rest.join('='));
      }
    }
    return null;
  }

  function baseHeaders() {
    return {
      'content-type': 'application/json',
      'website-path': SITE.websitePath,
      'portal-channel': SITE.portalChannel,
      'portal-platform': 'pc',
      'accept-language': 'zh-CN',
      'env': 'undefined',
    };
  }

  async function fetchToken() {
    const response = await fetch('/api/v1/csrf/token', {
      method: 'POST',
      headers: baseHeaders(),
      body: JSON.stringify({ portal_entrance: 1 }),
      credentials: 'same-origin',
    });
    if (!response.ok) {
      throw new ApiError(response.status, 'csrf');
    }
    const json = await response.json();
    return readCookie(CSRF_COOKIE) || json.data.token;
  }

  // Concurrent calls on first load (list and filters) share one token request.
  let pendingToken = null;

  async function ensureToken(refresh) {
    const token = refresh ? null : readCookie(CSRF_COOKIE);
    if (token) {
      return token;
    }
    pendingToken = pendingToken || fetchToken().finally(() => {
      pendingToken = null;
    });
    return pendingToken;
  }

  // One API call: signed, with the CSRF token; on a 405 the token is fetched again and the call retried once.
  async function api(method, path, query, bodyObject) {
    const body = bodyObject === undefined ? '' : JSON.stringify(bodyObject);
    let token = await ensureToken(false);
    for (let attempt = 0; ; attempt++) {
      const init = { method, headers: { ...baseHeaders(), 'x-csrf-token': token }, credentials: 'same-origin' };
      if (method !== 'GET') {
        init.body = body;
      }
      let response;
      try {
        response = await fetch(signedUrl(path, query, body), init);
      } catch (e) {
        throw new ApiError(0, 'network');
      }
      if (response.status === 405 && attempt === 0) {
        token = await ensureToken(true);
        continue;
      }
      if (!response.ok) {
        throw new ApiError(response.status, 'http');
      }
      let json;
      try {
        json = JSON.parse(await response.text());
      } catch (e) {
        throw new ApiError(response.status, 'parse');
      }
      if (json.code !== 0) {
        throw new ApiError(response.status, 'code', json.code);
      }
      return json.data;
    }
  }

  function searchBody(params) {
    return {
      keyword: params.keywords,
      limit: params.limit,
      offset: (params.current - 1) * params.limit,
      job_category_id_list: params.category,
      tag_id_list: [],
      location_code_list: [],
      subject_id_list: [],
      recruitment_id_list: [],
      portal_type: SITE.portalType,
      job_function_id_list: [],
      storefront_id_list: [],
      portal_entrance: 1,
    };
  }

  function search(params) {
    const body = searchBody(params);
    return api('POST', '/api/v1/search/job/posts', echoQuery(body), body);
  }

  function detail(id) {
    const path = '/api/v1/job/posts/' + enc(id);
    return api('GET', path, 'portal_type=' + SITE.portalType + '&with_recommend=false');
  }

  function loadFilters() {
    filters = filters || api('GET', '/api/v1/config/job/filters/' + SITE.portalType, '').catch((e) => {
      filters = null;
      throw e;
    });
    return filters;
  }

  // ---- DOM helpers ---------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined) {
        continue;
      }
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  // The detail's DOM follows the site's seed (Generation/Static/lab-skin.js, prepended to this file).
  const { SKIN, skinned, skinnedText } = labSkin(el);

  function detailHref(id) {
    return SITE.pagePath + '/' + encodeURIComponent(id) + '/detail';
  }

  function cityNames(post) {
    return (post.city_list || []).map((c) => c.name).join('、');
  }

  function categoryPath(category) {
    if (!category) {
      return '';
    }
    return category.parent && category.parent.name ? category.parent.name + ' / ' + category.name : category.name;
  }

  function layout() {
    let main = document.getElementById('atsx-main');
    if (!main) {
      app.replaceChildren(
        el('div', { class: 'atsx-layout' },
          el('aside', { id: 'category-filter', 'data-state': 'loading' }, el('h2', null, '职位类别')),
          el('main', { id: 'atsx-main' })));
      main = document.getElementById('atsx-main');
    }
    return main;
  }

  // ---- routing -------------------------------------------------------------------------------

  function currentRoute() {
    const path = location.pathname.replace(/\/+$/, '');
    if (path === SITE.pagePath) {
      return { kind: 'list' };
    }
    const match = path.startsWith(SITE.pagePath) ? path.slice(SITE.pagePath.length).match(/^\/([^/]+)\/detail$/) : null;
    return match ? { kind: 'detail', id: decodeURIComponent(match[1]) } : { kind: 'unknown' };
  }

  function listParams() {
    const query = new URLSearchParams(location.search);
    const current = Math.max(1, parseInt(query.get('current') || '1', 10) || 1);
    const limit = Math.min(MAX_LIMIT, Math.max(1, parseInt(query.get('limit') || '10', 10) || 10));
    const category = (query.get('category') || '').split(',').map((s) => s.trim()).filter(Boolean);
    const keywords = query.get('keywords') || '';
    return { current, limit, category, keywords };
  }

  function navigate(url) {
    history.pushState(null, '', url);
    render();
  }

  function render() {
    const route = currentRoute();
    const main = layout();
    renderSidebar();
    if (route.kind === 'list') {
      return renderList(main, ++generation);
    }
    if (route.kind === 'detail') {
      return renderDetail(main, route.id, ++generation);
    }
    generation++;
    main.replaceChildren(el('div', { class: 'not-found' }, '页面不存在'));
    return Promise.resolve();
  }

  // ---- list ----------------------------------------------------------------------------------

  async function renderList(main, gen) {
    const params = listParams();
    const offset = (params.current - 1) * params.limit;
    main.replaceChildren(el('div', { id: 'list-status', 'data-state': 'loading', 'data-offset': offset }, '加载中…'));
    markActiveCategory(params.category);
    let data;
    try {
      data = await search(params);
    } catch (e) {
      if (gen === generation) {
        main.replaceChildren(el('div', {
          id: 'list-status', 'data-state': 'error', 'data-status': e.status ?? 0,
          'data-reason': e.reason || 'script', 'data-code': e.code, 'data-offset': offset,
        }, '加载失败，请稍后重试'));
      }
      return;
    }
    if (gen !== generation) {
      return;
    }
    const posts = data.job_post_list || [];
    const count = data.count || 0;
    const reachable = Math.min(count, RESULT_WINDOW);
    const pages = Math.max(1, Math.ceil(reachable / params.limit));
    main.replaceChildren(
      el('div', {
        id: 'list-status', 'data-state': 'ready', 'data-count': count, 'data-offset': offset,
        'data-returned': posts.length, 'data-current': params.current, 'data-limit': params.limit,
      }, `共 ${count} 个职位`),
      el('ul', { id: 'job-list' }, ...posts.map((post) =>
        el('li', { class: 'job-card', 'data-job-id': post.id },
          el('a', { class: 'job-link', href: detailHref(post.id) }, post.title || ''),
          ' ',
          el('span', { class: 'job-cities' }, cityNames(post)),
          ' ',
          el('span', { class: 'job-category' }, categoryPath(post.job_category)),
          ' ',
          el('span', { class: 'job-recruit-type' }, post.recruit_type ? post.recruit_type.name : '')))),
      el('nav', { class: 'pager', 'data-current': params.current, 'data-pages': pages },
        el('button', { class: 'pager-prev', type: 'button', 'data-page': params.current - 1, disabled: params.current <= 1 }, '上一页'),
        ' ',
        el('span', { class: 'pager-current' }, `${params.current} / ${pages}`),
        ' ',
        el('button', { class: 'pager-next', type: 'button', 'data-page': params.current + 1, disabled: offset + params.limit >= reachable }, '下一页')));
  }

  function pageUrl(page) {
    const query = new URLSearchParams(location.search);
    query.set('current', String(page));
    return SITE.pagePath + '?' + query.toString();
  }

  function categoryUrl(id) {
    const query = new URLSearchParams(location.search);
    query.delete('current');
    if (id) {
      query.set('category', id);
    } else {
      query.delete('category');
    }
    const text = query.toString();
    return SITE.pagePath + (text ? '?' + text : '');
  }

  async function renderSidebar() {
    const aside = document.getElementById('category-filter');
    if (!aside || aside.getAttribute('data-state') !== 'loading') {
      return;
    }
    aside.setAttribute('data-state', 'fetching');
    try {
      const config = await loadFilters();
      const roots = config.job_type_list || [];
      aside.replaceChildren(
        el('h2', null, '职位类别'),
        el('ul', null,
          el('li', null, el('a', { class: 'category-link', 'data-category-id': '', href: categoryUrl('') }, '全部')),
          ...roots.map((root) => el('li', null,
            el('a', { class: 'category-link', 'data-category-id': root.id, href: categoryUrl(root.id) }, root.name),
            el('ul', null, ...(root.children || []).map((leaf) => el('li', null,
              el('a', { class: 'category-link', 'data-category-id': leaf.id, href: categoryUrl(leaf.id) }, leaf.name))))))));
      aside.setAttribute('data-state', 'ready');
      if (currentRoute().kind === 'list') {
        markActiveCategory(listParams().category);
      }
    } catch (e) {
      aside.setAttribute('data-state', 'error');
    }
  }

  function markActiveCategory(ids) {
    for (const link of document.querySelectorAll('.category-link')) {
      const id = link.getAttribute('data-category-id');
      link.classList.toggle('active', ids.length === 0 ? id === '' : ids.includes(id));
    }
  }

  // ---- detail --------------------------------------------------------------------------------

  async function renderDetail(main, id, gen) {
    main.replaceChildren(el('div', { class: 'job-detail-loading', 'data-job-id': id }, '加载中…'));
    let data;
    try {
      data = await detail(id);
    } catch (e) {
      if (gen === generation) {
        main.replaceChildren(
          el('a', { class: 'back-link', href: SITE.pagePath }, '返回职位列表'),
          el('div', { class: 'job-detail-error', 'data-job-id': id, 'data-status': e.status ?? 0, 'data-reason': e.reason || 'script' }, '加载失败，请稍后重试'));
      }
      return;
    }
    if (gen !== generation) {
      return;
    }
    const post = data.job_post_detail;
    const back = el('a', { class: 'back-link', href: SITE.pagePath }, '返回职位列表');
    if (!post) {
      main.replaceChildren(back, el('div', { class: 'job-detail-offline', 'data-job-id': id }, '职位已下线'));
      return;
    }
    const online = post.channel_online_status !== 0;
    document.title = post.title || document.title;
    const meta = [cityNames(post), categoryPath(post.job_category), post.recruit_type ? post.recruit_type.name : '']
      .filter(Boolean).join(' · ');
    const recommended = data.recommend_job_post_List || [];
    main.replaceChildren(
      back,
      skinned(post.id, post.title, [online ? '职位已下线' : null, meta, '职位 ID：' + (post.code || '')],
        [['职位描述', skinnedText('description', post.description)], ['职位要求', skinnedText('requirement', post.requirement)]]),
      el('aside', { class: 'job-recommend' },
        el('h2', null, '推荐职位'),
        el('ul', null, ...recommended.map((r) => el('li', null,
          el('a', { class: 'recommend-link', href: detailHref(r.id), 'data-job-id': r.id }, r.title || ''))))));
  }

  // ---- events --------------------------------------------------------------------------------

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const pager = event.target.closest('.pager-next, .pager-prev');
    if (pager) {
      event.preventDefault();
      if (!pager.disabled) {
        navigate(pageUrl(Number(pager.getAttribute('data-page'))));
      }
      return;
    }
    const link = event.target.closest('a.job-link, a.category-link, a.recommend-link, a.back-link');
    if (link && link.origin === location.origin) {
      event.preventDefault();
      navigate(link.pathname + link.search);
    }
  });

  window.addEventListener('popstate', () => render());

  render();
})();
