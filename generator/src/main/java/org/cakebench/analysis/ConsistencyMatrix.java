package org.cakebench.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ObserverTrials;

/**
 * Error consistency (kappa) of every pair of observers of one dataset over all its trials; the
 * diagonal is 1. Drawn as the paper's Figure 2, so it is computed only where a figure shows it.
 *
 * <p>{@code kappa[i][j]} is the kappa between observers i and j (symmetric).
 */
public final class ConsistencyMatrix {
  private final List<String> observers;
  private final double[][] kappa;
  private final Map<String, Integer> index = new HashMap<>();

  private ConsistencyMatrix(List<String> observers, double[][] kappa) {
    this.observers = List.copyOf(observers);
    this.kappa = kappa;
    for (int i = 0; i < this.observers.size(); i++) {
      index.put(this.observers.get(i), i);
    }
  }

  /** The observers, humans first. */
  public List<String> observers() {
    return observers;
  }

  /** A copy of the matrix. */
  public double[][] kappa() {
    return ConfusionMatrix.deepCopy(kappa);
  }

  /** Computes the matrix over all images of {@code trials}, its observers in their order. */
  public static ConsistencyMatrix of(DatasetTrials trials) {
    List<ObserverTrials> list = trials.observers();
    ImageBits all = trials.images().all();
    double[][] kappa = new double[list.size()][list.size()];
    for (int i = 0; i < list.size(); i++) {
      kappa[i][i] = 1.0;
      for (int j = i + 1; j < list.size(); j++) {
        double k = ErrorConsistency.of(list.get(i).correct(), list.get(j).correct(), all).kappa();
        kappa[i][j] = k;
        kappa[j][i] = k;
      }
    }
    return new ConsistencyMatrix(list.stream().map(ObserverTrials::observer).toList(), kappa);
  }

  /** Kappa between two observers of the matrix; NaN when either is not in it. */
  public double kappa(String a, String b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    return i == null || j == null ? Double.NaN : kappa[i][j];
  }
}
