/**
 * Stage 6, site: renders the assembled {@link org.cakebench.report.Report}, never trials, and runs
 * no statistic: Markdown commentary (flexmark) and Thymeleaf templates become HTML pages, then an
 * ordered chain of transforms post-processes and checks them as Jsoup documents. Import control
 * enforces both rules.
 */
@NullMarked
package org.cakebench.site;

import org.jspecify.annotations.NullMarked;
