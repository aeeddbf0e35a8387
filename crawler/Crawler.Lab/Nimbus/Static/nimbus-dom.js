// Served ahead of every Nimbus page script (NimbusShell): the DOM helpers the three apps share.
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

// A new element appended to parent.
function add(parent, tag, cls, text) {
  return parent.appendChild(el(tag, cls, text));
}

// The app's list view and detail view, in that order in #app.
function views(listClass, detailClass) {
  const app = document.getElementById('app');
  return [add(app, 'section', listClass), add(app, 'section', detailClass)];
}

// Shows the detail view when a detail is routed, else the list view.
function showViews(listView, detailView, detail) {
  listView.hidden = detail;
  detailView.hidden = !detail;
}

// Appends a heading (when title is given) and the named parts ({ name: [tag, class, text] }, in order); returns the parts.
function fill(view, title, parts) {
  if (title) view.append(el('h1', null, title));
  const made = {};
  for (const [name, [tag, cls, text]] of Object.entries(parts)) made[name] = add(view, tag, cls, text);
  return made;
}

// Loads one detail into view: a loading line, then what build makes of the JSON answer (nothing when it gives
// null: the route moved on meanwhile); the closed line on 404, an error line on any other failure.
async function loadDetail(view, url, classes, closed, build) {
  view.replaceChildren(el('p', classes.loading, '加载中… / Loading…'));
  try {
    const response = await fetch(url);
    if (response.status === 404) { view.replaceChildren(el('p', classes.missing, closed)); return; }
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const content = build(await response.json());
    if (content) view.replaceChildren(content);
  } catch (e) {
    view.replaceChildren(el('p', classes.missing, '加载失败 / Failed to load (' + e.message + ')'));
  }
}
