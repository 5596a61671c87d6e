/**
 * Stage 3, analysis: one class per measure of Geirhos et al. (2020) and model-vs-human, each a pure
 * function of the compact trials (responses as codes, correctness as bit sets over a dataset's
 * images), and {@link org.cakebench.analysis.Analyses} which applies them all to the raw data into
 * {@link org.cakebench.analysis.AnalysisResults}, looked up by typed keys.
 */
@NullMarked
package org.cakebench.analysis;

import org.jspecify.annotations.NullMarked;
