package org.cakebench.analysis;

import org.cakebench.data.Category;

/**
 * How each group of observers did on one image: the share of the group's observers who named its
 * category (Section 3.3's image-level errors, made visible). NaN for a group without observers.
 *
 * @param imageId the image, e.g. {@code airplane1-bicycle2.png}
 * @param category its true category (the shape, on cue-conflict images)
 * @param humans the share of the human participants who were right
 * @param supervised the share of the paper's supervised models with decisions who were right
 * @param selfSupervised the same for the paper's self-supervised models
 * @param models the same for the paper's models of both groups together
 */
public record ImageAccuracy(
    String imageId,
    Category category,
    double humans,
    double supervised,
    double selfSupervised,
    double models) {

  /** How much more often the humans than the models were right, in [-1, 1]. */
  public double humanAdvantage() {
    return humans - models;
  }
}
