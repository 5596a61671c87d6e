/**
 * The paper's quantitative statements, one class each, checked against the analyses: each gives the
 * value reproduced from the data and a verdict computed by a stated rule (holds; marginal when a
 * stated uncertainty interval reaches the boundary; differs; no data yet when the paper's models it
 * needs have no decisions; or context for a figure of the paper that the data cannot check). Only
 * the paper's own models count.
 */
@NullMarked
package org.cakebench.report.claims;

import org.jspecify.annotations.NullMarked;
