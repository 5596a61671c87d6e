// cakebench report: progressive enhancements, no library. Every page loads this one file
// (the Content-Security-Policy allows no inline scripts). Without it, tables stay in their
// built order and figure links open the full-size file.
"use strict";

(function () {
  // Sortable tables: a button in each column heading sorts by the cells' data-sort value
  // (numbers) or their text; empty values (no data) always sort last. The first click puts the
  // best first (data-best on the heading: "higher" sorts descending, "lower" and "neither"
  // ascending); the next click reverses. Reference rows (the humans) stay pinned on top.
  function cellValue(row, index) {
    var cell = row.children[index];
    if (!cell) return { empty: true };
    var sort = cell.getAttribute("data-sort");
    if (sort !== null) {
      return sort === "" ? { empty: true } : { number: parseFloat(sort) };
    }
    return { text: cell.textContent.trim().toLowerCase() };
  }

  function compare(a, b) {
    if (a.empty || b.empty) return a.empty === b.empty ? 0 : a.empty ? 1 : -1;
    if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
    return String(a.text).localeCompare(String(b.text));
  }

  function sortBy(table, th, index) {
    var current = th.getAttribute("aria-sort");
    var ascending = current
      ? current !== "ascending"
      : th.getAttribute("data-best") !== "higher";
    table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var all = Array.prototype.slice.call(body.rows);
    var pinned = all.filter(function (r) { return r.classList.contains("reference"); });
    var rows = all.filter(function (r) { return !r.classList.contains("reference"); });
    rows.sort(function (r1, r2) {
      var a = cellValue(r1, index);
      var b = cellValue(r2, index);
      if (a.empty || b.empty) return compare(a, b);
      var c = compare(a, b);
      return ascending ? c : -c;
    });
    pinned.concat(rows).forEach(function (r) { body.appendChild(r); });
  }

  function enableSorting() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      // The last heading row has one cell per column; a row of column groups may sit above it.
      var head = table.tHead.rows[table.tHead.rows.length - 1];
      Array.prototype.forEach.call(head.cells, function (th, index) {
        var button = th.querySelector("button.sort");
        if (button) {
          button.addEventListener("click", function () { sortBy(table, th, index); });
        }
      });
    });
  }

  // Wide matrices: say that they scroll only when they do at the current width.
  function markOverflow() {
    document.querySelectorAll(".table-block.scrolls").forEach(function (block) {
      var wrap = block.querySelector(".table-wrap");
      var overflows = wrap.scrollWidth > wrap.clientWidth + 1;
      block.classList.toggle("overflows", overflows);
      block.classList.toggle("fits", !overflows);
    });
  }

  // Lightbox: a link with class "zoom" opens its target in a modal dialog; Escape, the close
  // button or a click outside the image closes it.
  var dialog = null;

  function lightbox() {
    if (dialog) return dialog;
    dialog = document.createElement("dialog");
    dialog.className = "lightbox";
    dialog.setAttribute("aria-label", "Full-size image");
    var bar = document.createElement("div");
    bar.className = "lightbox-bar";
    var open = document.createElement("a");
    open.textContent = "Open image file";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", function () { dialog.close(); });
    bar.appendChild(open);
    bar.appendChild(close);
    var img = document.createElement("img");
    dialog.appendChild(bar);
    dialog.appendChild(img);
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) dialog.close();
    });
    document.body.appendChild(dialog);
    return dialog;
  }

  function enableZoom() {
    document.querySelectorAll("a.zoom").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (typeof HTMLDialogElement !== "function") return; // old browser: follow the link
        event.preventDefault();
        var box = lightbox();
        // A figure's enlarge link sits in its caption: the alt text is that of its PNG fallback.
        var figure = link.closest("figure");
        var inner = link.querySelector("img") || (figure && figure.querySelector("img"));
        var img = box.querySelector("img");
        img.src = link.getAttribute("href");
        img.alt = inner ? inner.alt : "";
        box.querySelector(".lightbox-bar a").href = link.getAttribute("href");
        box.showModal();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enableSorting();
    enableZoom();
    markOverflow();
    window.addEventListener("resize", markOverflow);
  });
})();
