// The table rules of a phone-sized page (issue 10, item 4). Returns one sentence per breach:
// - the page never scrolls sideways;
// - a table either fits its column, or scrolls inside a labelled region (role=region named by
//   the caption) that says so in a visible hint and keeps its row headings in view (sticky);
// - no row (and no heading row) is much taller than what it shows;
// - no gap between a caption and the first row under it.
const ROW_SLACK = 40; // px of padding and borders a row may add to its tallest content
const problems = [];
const width = document.documentElement.clientWidth;
if (document.documentElement.scrollWidth > width + 1) {
  problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide');
}
function name(table) {
  const caption = table.caption ? table.caption.textContent.trim().slice(0, 50) : '';
  return 'table ' + (table.id ? '#' + table.id : '') + ' "' + caption + '"';
}
function visible(el) {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.display !== 'none';
}
function scroller(el) {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX;
    if (o === 'auto' || o === 'scroll') return p;
  }
  return null;
}
function contentBox(cell) {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const rects = Array.from(range.getClientRects()).filter(r => r.width > 1 && r.height > 1);
  if (!rects.length) return null;
  return { top: Math.min(...rects.map(r => r.top)), bottom: Math.max(...rects.map(r => r.bottom)) };
}
for (const table of document.querySelectorAll('main table')) {
  if (!visible(table)) continue;
  const wrap = scroller(table);
  const overflows = wrap
    ? wrap.scrollWidth > wrap.clientWidth + 1
    : table.getBoundingClientRect().right > width + 1;
  if (overflows) {
    if (!wrap) {
      problems.push(name(table) + ' is wider than the screen and not in a scroll container');
    } else {
      const label = document.getElementById(wrap.getAttribute('aria-labelledby') || '');
      if (wrap.getAttribute('role') !== 'region' || !label || !label.textContent.trim()) {
        problems.push(name(table) + ' scrolls in a container without a region label');
      }
      const hint = document.getElementById(wrap.getAttribute('aria-describedby') || '');
      if (!visible(hint) || !/scroll/i.test(hint.textContent)) {
        problems.push(name(table) + ' scrolls sideways without a visible hint saying so');
      }
      for (const th of table.querySelectorAll('tbody th')) {
        if (getComputedStyle(th).position !== 'sticky') {
          problems.push(name(table) + ' scrolls but its row heading "' +
              th.textContent.trim() + '" does not stay in view');
          break;
        }
      }
    }
  }
  for (const [i, row] of Array.from(table.rows).entries()) {
    if (!visible(row) || !visible(row.parentElement)) continue;
    const boxes = Array.from(row.cells).filter(visible).map(contentBox).filter(Boolean);
    const box = row.getBoundingClientRect();
    const content = boxes.length
      ? Math.max(...boxes.map(b => b.bottom)) - Math.min(...boxes.map(b => b.top))
      : 0;
    if (box.height > content + ROW_SLACK) {
      problems.push(name(table) + ' row ' + (i + 1) + ' is ' + Math.round(box.height) +
          ' px tall for ' + Math.round(content) + ' px of content');
    }
  }
  const first = Array.from(table.rows).find(visible);
  if (table.caption && visible(table.caption) && first) {
    const gap = first.getBoundingClientRect().top - table.caption.getBoundingClientRect().bottom;
    if (gap > 24) {
      problems.push(name(table) + ' has a gap of ' + Math.round(gap) + ' px under its caption');
    }
  }
}
return problems;
