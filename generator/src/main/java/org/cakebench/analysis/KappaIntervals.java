package org.cakebench.analysis;

import org.cakebench.data.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * The error consistency of one dataset with its uncertainty over images (see {@link
 * KappaBootstrap}): humans with each other, the model closest to the humans, and the gap between
 * the two.
 *
 * @param dataset the dataset, e.g. silhouettes
 * @param images the number of images resampled
 * @param resamples the number of bootstrap resamples
 * @param humans mean κ over pairs of different humans
 * @param closestModel the model with the highest mean κ with the humans on the data as they are, or
 *     null when no model was compared
 * @param closest the highest mean κ with the humans of any compared model (the maximum is taken in
 *     every resample)
 * @param gap {@code humans − closest}, per resample
 */
public record KappaIntervals(
    Dataset dataset,
    int images,
    int resamples,
    Estimate humans,
    @Nullable String closestModel,
    Estimate closest,
    Estimate gap) {

  /** Whether the gap between humans and the closest model is uncertain: its interval reaches 0. */
  public boolean marginal() {
    return gap.value() > 0 && !gap.aboveZero();
  }
}
