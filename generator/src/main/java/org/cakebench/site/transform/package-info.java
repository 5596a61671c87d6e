/**
 * Post-processing of rendered pages as an ordered chain of small Jsoup transforms (heading ids,
 * table of contents, external links, Content-Security-Policy), followed by site-wide checks (alt
 * text, no inline code, every internal link, anchor and image resolves).
 */
@NullMarked
package org.cakebench.site.transform;

import org.jspecify.annotations.NullMarked;
