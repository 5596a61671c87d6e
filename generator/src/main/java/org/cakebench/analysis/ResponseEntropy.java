package org.cakebench.analysis;

import org.cakebench.data.Category;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ObserverTrials;

/**
 * Entropy in bits of the distribution of responses over the 16 categories (Geirhos et al., NeurIPS
 * 2018): 4 bits when every category is chosen equally often, 0 when one category is always chosen.
 * Shares are of all trials, so missing answers lower every share; shares of 1e-5 or less are
 * ignored as in model-vs-human.
 */
public final class ResponseEntropy {
  private ResponseEntropy() {}

  /** The response entropy of one observer on the images of {@code mask}, in bits; NaN if none. */
  public static double of(ObserverTrials observer, ImageBits mask) {
    int trials = mask.count();
    if (trials == 0) {
      return Double.NaN;
    }
    int[] counts = new int[Category.count() + 1];
    mask.forEach(i -> counts[observer.responseCode(i)]++);
    double entropy = 0;
    for (int c = 0; c < Category.count(); c++) {
      double p = (double) counts[c] / trials;
      if (p > 1e-5) {
        entropy -= p * Math.log(p) / Math.log(2);
      }
    }
    return entropy;
  }
}
