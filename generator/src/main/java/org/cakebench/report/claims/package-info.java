/**
 * The paper's quantitative statements, one class each, checked against the analyses: each gives the
 * value reproduced from the data, the share of the paper's models it speaks of that entered the
 * check ({@link org.cakebench.report.claims.Coverage}) and a verdict computed by a stated rule
 * under one evidence rule for all ({@link org.cakebench.report.claims.Evidence}): holds only with
 * every model it speaks of; consistent so far with some; marginal when a stated uncertainty
 * interval reaches the boundary; differs on a counterexample; unresolved when the paper leaves open
 * what it computed; no data yet below the minimum; or context for a figure of the paper that the
 * data cannot check. Only the paper's own models count.
 */
@NullMarked
package org.cakebench.report.claims;

import org.jspecify.annotations.NullMarked;
