// Served ahead of every Nimbus page script (NimbusShell): the one element builder the three apps share.
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}
