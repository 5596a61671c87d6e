package org.cakebench.analysis;

import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.Trial;

/**
 * Entropy in bits of the distribution of responses over the 16 categories (Geirhos et al., NeurIPS
 * 2018): 4 bits when every category is chosen equally often, 0 when one category is always chosen.
 * Shares are of all trials, so missing answers lower every share; shares below 1e-5 are ignored as
 * in model-vs-human.
 */
public final class ResponseEntropy {
  private ResponseEntropy() {}

  /** The response entropy of {@code trials}, in bits; NaN when there are none. */
  public static double of(List<Trial> trials) {
    if (trials.isEmpty()) {
      return Double.NaN;
    }
    int[] counts = new int[Category.count()];
    for (Trial t : trials) {
      if (t.response() != null) {
        counts[t.response().ordinal()]++;
      }
    }
    double entropy = 0;
    for (int count : counts) {
      double p = (double) count / trials.size();
      if (p > 1e-5) {
        entropy -= p * Math.log(p) / Math.log(2);
      }
    }
    return entropy;
  }
}
