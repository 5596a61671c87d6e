package org.cakebench.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.cakebench.data.Category;

/**
 * The shape bias of one observer (or the pooled humans), overall and per shape category.
 *
 * @param biasError the standard error of the overall shape bias (see {@link StandardErrors}): over
 *     its cue decisions for a model, over participants for the pooled humans
 * @param perCategory the shape bias of each shape category with trials, in category order
 */
public record ShapeBiasEntry(
    String observer, ShapeBias overall, double biasError, Map<Category, ShapeBias> perCategory) {
  public ShapeBiasEntry {
    // An EnumMap keeps the categories in their order, so every output lists them the same way.
    perCategory =
        Collections.unmodifiableMap(
            perCategory.isEmpty() ? new EnumMap<>(Category.class) : new EnumMap<>(perCategory));
  }

  /** The overall shape bias with its 95 % interval. */
  public Estimate biasInterval() {
    return Estimate.ofShare(overall.bias(), biasError);
  }
}
