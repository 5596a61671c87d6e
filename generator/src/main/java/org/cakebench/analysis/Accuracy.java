package org.cakebench.analysis;

import java.util.List;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ObserverTrials;

/**
 * 16-class accuracy: the share of trials whose response is the true category (Geirhos et al.,
 * NeurIPS 2018). A missing answer ({@code na}) counts as wrong.
 */
public final class Accuracy {
  private Accuracy() {}

  /** The accuracy of one observer on the images of {@code mask}; NaN when there are none. */
  public static double of(ObserverTrials observer, ImageBits mask) {
    return of(List.of(observer), mask);
  }

  /** The accuracy of the pooled trials of {@code observers} on {@code mask}; NaN without any. */
  public static double of(List<ObserverTrials> observers, ImageBits mask) {
    int images = mask.count();
    if (images == 0 || observers.isEmpty()) {
      return Double.NaN;
    }
    long correct = 0;
    for (ObserverTrials o : observers) {
      correct += o.correct().countWithin(mask);
    }
    return (double) correct / ((long) images * observers.size());
  }
}
