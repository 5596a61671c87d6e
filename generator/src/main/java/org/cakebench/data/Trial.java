package org.cakebench.data;

import org.jspecify.annotations.Nullable;

/**
 * One decision of one observer (human or model) on one image, as a row of a model-vs-human trial
 * CSV.
 *
 * @param observer the {@code subj} value, e.g. {@code subject-01} or {@code resnet50}
 * @param session the session number
 * @param trial the trial number within the session
 * @param rt reaction time in seconds, NaN for models
 * @param response the chosen category, or {@code null} when the observer gave no answer ({@code
 *     na})
 * @param category the true category of the image
 * @param condition the normalised condition label (see {@link ConditionLabels})
 * @param imageName the {@code imagename} as written in the file
 * @param imageId the part of the image name shared by all observers (see {@link ImageIds})
 */
public record Trial(
    String observer,
    int session,
    int trial,
    double rt,
    @Nullable Category response,
    Category category,
    String condition,
    String imageName,
    String imageId) {

  /** Whether the response names the true category. */
  public boolean correct() {
    return response == category;
  }

  /** The response as written in CSV files: a category label or {@code na}. */
  public String responseLabel() {
    return response == null ? Category.NO_ANSWER : response.label();
  }
}
