package org.cakebench.evaluate;

import org.cakebench.data.ModelInput;

/**
 * A model to evaluate: the observer id its decisions are stored under and how to run it.
 *
 * @param id the observer id ({@code subj}), e.g. {@code resnet50}
 * @param input the TorchScript file and its input size, mean and standard deviation
 */
public record ModelSpec(String id, ModelInput input) {
  public ModelSpec {
    if (!isPlainId(id)) {
      throw new IllegalArgumentException("model id must be a plain name, not '" + id + "'");
    }
  }

  /** Whether {@code id} can name a model: not blank, no {@code /} (a path), no comma (a list). */
  public static boolean isPlainId(String id) {
    return !id.isBlank() && !id.contains("/") && !id.contains(",");
  }
}
