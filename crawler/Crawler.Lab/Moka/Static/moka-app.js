// The lab's Moka careers page: a client-side rendered SPA imitating app.mokahr.com. Hash routes:
// '#/' (modules), '#/jobs' (list, the only route that calls jobs/v2) and '#/job/{uuid}' (detail).
// Answers are AES-128-CBC encrypted ({data, necromancer}); the page decrypts them with WebCrypto using
// the aesIv from init-data, as the official client does. Plain ES2020, no build step.
(() => {
  'use strict';

  const API = '/api/outer/ats-apply/website';
  const PAGE_SIZE = 30;
  const INIT = JSON.parse(document.getElementById('init-data').value);
  window.TurboApply = { data: INIT };
  const ORG = INIT.org.id;
  const SITE_ID = INIT.siteId;
  const SITE_KIND = INIT.mode === 'campus' ? 'campus' : 'social';
  const app = document.getElementById('app');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let generation = 0;

  class ApiError extends Error {
    constructor(status, reason, code) {
      super(`API ${status} ${reason} ${code ?? ''}`);
      this.status = status;
      this.reason = reason;
      this.code = code;
    }
  }

  function base64Bytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  async function decrypt(envelope) {
    const key = await crypto.subtle.importKey('raw', encoder.encode(envelope.necromancer), { name: 'AES-CBC' }, false, ['decrypt']);
    const plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv: encoder.encode(INIT.aesIv) }, key, base64Bytes(envelope.data));
    return JSON.parse(decoder.decode(plain));
  }

  async function post(path, body) {
    let response;
    try {
      response = await fetch(API + path + '?orgId=' + encodeURIComponent(ORG), {
        method: 'POST',
        headers: { 'content-type': 'application/json;charset=UTF-8' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (e) {
      throw new ApiError(0, 'network');
    }
    if (!response.ok) throw new ApiError(response.status, 'http');
    let answer;
    try {
      answer = await decrypt(JSON.parse(await response.text()));
    } catch (e) {
      throw new ApiError(response.status, 'decrypt');
    }
    if (answer.code !== 0 || answer.success !== true) throw new ApiError(response.status, 'code', answer.code);
    return answer.data;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  // The description is the portal's rich text: keep only paragraphs, breaks and text, never scripts or attributes.
  // The detail's DOM follows the site's seed (Generation/Static/lab-skin.js, prepended to this file).
  const { SKIN, skinned, skinnedText } = labSkin(el);

  function richText(html) {
    const section = el('div', { class: SKIN.classes.description });
    if (!html) return section;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const copy = (from, to) => {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(node.textContent));
        else if (node.nodeName === 'BR') to.appendChild(el('br'));
        else if (node.nodeName === 'P') copy(node, to.appendChild(el('p')));
        else if (node.nodeType === Node.ELEMENT_NODE) copy(node, to);
      }
    };
    copy(parsed.body, section);
    return section;
  }

  function locations(job) {
    return (job.locations || []).map((l) => l.cityName || l.country).filter(Boolean).join('、');
  }

  function route() {
    const hash = location.hash.replace(/^#/, '');
    if (hash === '/jobs' || hash.startsWith('/jobs?')) {
      const query = new URLSearchParams(hash.split('?')[1] || '');
      return { kind: 'list', page: Math.max(1, parseInt(query.get('page') || '1', 10) || 1) };
    }
    const match = hash.match(/^\/job\/([0-9a-f-]{36})$/);
    if (match) return { kind: 'detail', id: match[1] };
    return { kind: 'home' };
  }

  function render() {
    const current = route();
    const gen = ++generation;
    if (current.kind === 'list') return renderList(current.page, gen);
    if (current.kind === 'detail') return renderDetail(current.id, gen);
    return renderHome(gen);
  }

  async function renderHome(gen) {
    app.replaceChildren(el('h1', null, INIT.org.customTitle || INIT.org.name), el('a', { class: 'all-jobs', href: '#/jobs' }, '查看全部职位'));
    try {
      const data = await post('/jobs/module', { orgId: ORG, siteId: String(SITE_ID), locale: 'zh-CN' });
      if (gen !== generation) return;
      const featured = (data.modules || []).flatMap((m) => m.jobs || []);
      app.appendChild(el('ul', { class: 'featured' }, ...featured.map((job) => el('li', null, el('a', { href: '#/job/' + job.id }, job.title || '')))));
    } catch (e) {
      // The modules are decoration; the list route still works.
    }
  }

  async function renderList(page, gen) {
    const offset = (page - 1) * PAGE_SIZE;
    app.replaceChildren(el('div', { id: 'job-list-status', 'data-state': 'loading', 'data-offset': offset }, '加载中…'));
    let data;
    try {
      data = await post('/jobs/v2', {
        orgId: ORG, siteId: String(SITE_ID), limit: PAGE_SIZE, offset, needStat: true,
        jobIdTopList: [], customFields: {}, site: SITE_KIND, locale: 'zh-CN',
      });
    } catch (e) {
      if (gen === generation) {
        app.replaceChildren(el('div', { id: 'job-list-status', 'data-state': 'error', 'data-status': e.status ?? 0, 'data-reason': e.reason || 'script', 'data-code': e.code, 'data-offset': offset }, '加载失败，请稍后重试'));
      }
      return;
    }
    if (gen !== generation) return;
    const jobs = data.jobs || [];
    const total = (data.jobStats && data.jobStats.total) || 0;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    app.replaceChildren(
      el('div', { id: 'job-list-status', 'data-state': 'ready', 'data-total': total, 'data-offset': offset, 'data-returned': jobs.length }, `共 ${total} 个职位`),
      el('ul', { id: 'job-list' }, ...jobs.map((job) => el('li', { class: 'job-card', 'data-job-id': job.id },
        el('a', { class: 'job-link', href: '#/job/' + job.id }, job.title || ''), ' ',
        el('span', { class: 'job-locations' }, locations(job)), ' ',
        el('span', { class: 'job-zhineng' }, job.zhineng ? job.zhineng.name : ''), ' ',
        job.status === 'pause' ? el('span', { class: 'job-status-pause' }, '暂停招聘') : null))),
      el('nav', { class: 'pager', 'data-page': page, 'data-pages': pages },
        page > 1 ? el('a', { class: 'pager-prev', href: '#/jobs?page=' + (page - 1) }, '上一页') : null, ' ',
        el('span', null, `${page} / ${pages}`), ' ',
        page < pages ? el('a', { class: 'pager-next', href: '#/jobs?page=' + (page + 1) }, '下一页') : null));
  }

  async function renderDetail(id, gen) {
    app.replaceChildren(el('div', { class: 'job-detail-loading', 'data-job-id': id }, '加载中…'));
    let job;
    try {
      job = await post('/job', { orgId: ORG, jobId: id, siteId: Number(SITE_ID), locale: 'zh-CN' });
    } catch (e) {
      if (gen === generation) {
        app.replaceChildren(el('a', { class: 'back-link', href: '#/jobs' }, '返回职位列表'),
          el('div', { class: 'job-detail-error', 'data-job-id': id, 'data-status': e.status ?? 0, 'data-reason': e.reason || 'script', 'data-code': e.code }, '加载失败，请稍后重试'));
      }
      return;
    }
    if (gen !== generation) return;
    document.title = job.title || document.title;
    const meta = [locations(job), job.zhineng ? job.zhineng.name : '', job.commitment || '', job.department ? job.department.name : '']
      .filter(Boolean).join(' · ');
    app.replaceChildren(
      el('a', { class: 'back-link', href: '#/jobs' }, '返回职位列表'),
      skinned(job.id, job.title, [meta, job.status === 'pause' ? '该职位已暂停招聘' : null, job.status === 'closed' ? '该职位已关闭' : null,
        job.publishedAt ? '发布于 ' + job.publishedAt : null], [['职位描述', richText(job.jobDescription)]]));
  }

  window.addEventListener('hashchange', () => render());
  render();
})();
