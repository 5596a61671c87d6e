/**
 * Stage 1, data: the trial CSVs of humans and models, the dataset registry, the observer catalog
 * and fetching the published data. Everything here is read into plain immutable records.
 */
@NullMarked
package org.cakebench.data;

import org.jspecify.annotations.NullMarked;
