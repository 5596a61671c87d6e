// WCAG 2 contrast check of visible text: for every element with its own text, the contrast
// between its computed colour and the first opaque background behind it (walking up the tree).
// Returns descriptions of elements below AA: 4.5:1, or 3:1 for large text (>= 24px, or >= 18.66px
// bold). Elements inside images or hidden ones are skipped.
function parse(c) {
  const m = c.match(/rgba?\(([^)]+)\)/);
  if (!m) return null;
  const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function lum(c) {
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
function background(el) {
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a >= 0.99) return c;
  }
  const root = parse(getComputedStyle(document.documentElement).backgroundColor);
  return root && root.a > 0 ? root : { r: 255, g: 255, b: 255, a: 1 };
}
function blend(fg, bg) {
  return { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a),
           b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 };
}
const problems = [];
for (const el of document.querySelectorAll('body *')) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own) continue;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0' || r.width < 2 || r.height < 2) continue;
  if (el.closest('.visually-hidden, dialog:not([open]), details:not([open]) > :not(summary)')) continue;
  const bg = background(el);
  const fg = blend(parse(s.color), bg);
  const l1 = lum(fg), l2 = lum(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(s.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
  if (ratio < (large ? 3 : 4.5)) {
    problems.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' "' +
      el.textContent.trim().slice(0, 40) + '" ' + ratio.toFixed(2) + ':1');
  }
}
return problems;
