/**
 * The report's view of the analyses: observers in catalogue order with display names and groups,
 * per-dataset values, the bootstrap over images of error consistency, and the number formats every
 * page shares.
 */
@NullMarked
package org.cakebench.site.report;

import org.jspecify.annotations.NullMarked;
