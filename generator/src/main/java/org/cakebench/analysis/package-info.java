/**
 * Stage 3, analysis: one class per measure of Geirhos et al. (2020) and model-vs-human, each a pure
 * function of trial records, and {@link org.cakebench.analysis.Analyses} which applies them all to
 * the raw data.
 */
@NullMarked
package org.cakebench.analysis;

import org.jspecify.annotations.NullMarked;
