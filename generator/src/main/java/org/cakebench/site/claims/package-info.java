/**
 * The paper's quantitative statements, one class each, checked against the analyses: each gives the
 * value reproduced from the data and a verdict computed by a stated rule (holds, differs, or no
 * data yet when the models it needs have no decisions).
 */
@NullMarked
package org.cakebench.site.claims;

import org.jspecify.annotations.NullMarked;
