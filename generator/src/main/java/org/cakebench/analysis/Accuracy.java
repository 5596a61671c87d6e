package org.cakebench.analysis;

import java.util.List;
import org.cakebench.data.Trial;

/**
 * 16-class accuracy: the share of trials whose response is the true category (Geirhos et al.,
 * NeurIPS 2018). A missing answer ({@code na}) counts as wrong.
 */
public final class Accuracy {
  private Accuracy() {}

  /** The accuracy of {@code trials}; NaN when there are none. */
  public static double of(List<Trial> trials) {
    if (trials.isEmpty()) {
      return Double.NaN;
    }
    int correct = 0;
    for (Trial t : trials) {
      if (t.correct()) {
        correct++;
      }
    }
    return (double) correct / trials.size();
  }
}
