/**
 * Stage 5, site: Markdown commentary (flexmark) and Thymeleaf templates rendered into HTML pages,
 * then post-processed and checked as Jsoup documents by an ordered chain of transforms.
 */
@NullMarked
package org.cakebench.site;

import org.jspecify.annotations.NullMarked;
