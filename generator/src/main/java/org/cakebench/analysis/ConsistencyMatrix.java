package org.cakebench.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cakebench.data.Dataset;
import org.cakebench.data.DatasetTrials;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ObserverTrials;
import org.jspecify.annotations.Nullable;

/**
 * Error consistency (kappa) of every pair of observers of one dataset over all its trials; the
 * diagonal is 1. Drawn as the paper's Figure 2, so it is computed only where a figure shows it.
 *
 * <p>{@code kappa[i][j]} is the kappa between observers i and j (symmetric).
 */
public final class ConsistencyMatrix {
  private final Dataset dataset;
  private final List<String> observers;
  private final double[][] kappa;
  private final Map<String, Integer> index = new HashMap<>();

  /** The matrix {@code kappa} of {@code observers} on {@code dataset} (copied). */
  public ConsistencyMatrix(Dataset dataset, List<String> observers, double[][] kappa) {
    this.dataset = dataset;
    this.observers = List.copyOf(observers);
    this.kappa = ConfusionMatrix.deepCopy(kappa);
    for (int i = 0; i < this.observers.size(); i++) {
      index.put(this.observers.get(i), i);
    }
  }

  public Dataset dataset() {
    return dataset;
  }

  /** The observers, humans first. */
  public List<String> observers() {
    return observers;
  }

  /** A copy of the matrix. */
  public double[][] kappa() {
    return ConfusionMatrix.deepCopy(kappa);
  }

  /** Kappa between observers {@code i} and {@code j} of {@link #observers()}. */
  public double kappa(int i, int j) {
    return kappa[i][j];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConsistencyMatrix m
        && dataset.equals(m.dataset)
        && observers.equals(m.observers)
        && Arrays.deepEquals(kappa, m.kappa);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, observers, Arrays.deepHashCode(kappa));
  }

  @Override
  public String toString() {
    return "ConsistencyMatrix[" + dataset.name() + ", " + observers + "]";
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
    return new ConsistencyMatrix(
        trials.dataset(), list.stream().map(ObserverTrials::observer).toList(), kappa);
  }

  /** Kappa between two observers of the matrix; NaN when either is not in it. */
  public double kappa(String a, String b) {
    Integer i = index.get(a);
    Integer j = index.get(b);
    return i == null || j == null ? Double.NaN : kappa[i][j];
  }
}
