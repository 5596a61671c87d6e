/**
 * Files of the site other than pages: assets, example stimuli and downloads (decision CSVs,
 * analyses and claims as JSON).
 */
@NullMarked
package org.cakebench.site.output;

import org.jspecify.annotations.NullMarked;
