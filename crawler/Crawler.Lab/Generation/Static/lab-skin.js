// The detail's DOM names and structure change per lab seed (Generation/DetailSkin.cs), so no crawler or test
// can pass by knowing a lab page: only the text a person reads is stable. One copy for every family's app,
// which prepends it and passes in its own element builder.
function labSkin(el) {
  const SKIN = JSON.parse(document.getElementById('lab-skin').textContent);

  function skinned(id, title, metas, blocks) {
    const c = SKIN.classes;
    const head = [el(SKIN.titleTag, { class: c.title }, title || ''), ...metas.filter(Boolean).map((m) => el('div', { class: c.meta }, m))];
    if (SKIN.metaFirst) head.push(head.shift());
    let root = el(SKIN.rootTag, { class: c.root, [SKIN.idAttr]: id }, ...head,
      ...blocks.map(([heading, node]) => el('div', { class: c.block }, el(SKIN.headingTag, null, heading), node)));
    for (const w of SKIN.wrappers) root = el('div', { class: w }, root);
    return root;
  }

  function skinnedText(role, text) {
    return el('div', { class: SKIN.classes[role], style: 'white-space: pre-wrap' }, text || '');
  }

  return { SKIN, skinned, skinnedText };
}
