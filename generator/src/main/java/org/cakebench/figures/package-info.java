/**
 * Stage 4, figures: one class per figure of the paper and the benchmark, drawn with XChart from the
 * {@link org.cakebench.analysis.AnalysisResults} and written as SVG, PNG (2x) and CSV.
 */
@NullMarked
package org.cakebench.figures;

import org.jspecify.annotations.NullMarked;
