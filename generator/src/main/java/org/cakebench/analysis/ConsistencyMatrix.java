package org.cakebench.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Error consistency (kappa) of every pair of observers of one dataset, in one condition or over all
 * trials; the diagonal is 1.
 *
 * @param dataset dataset name
 * @param condition condition label, or {@link Analyses#ALL} for all trials
 * @param observers the observers, humans first
 * @param kappa {@code kappa[i][j]} between observers i and j (symmetric)
 */
public record ConsistencyMatrix(
    String dataset, String condition, List<String> observers, double[][] kappa) {
  public ConsistencyMatrix {
    observers = List.copyOf(observers);
    kappa = ConfusionMatrix.deepCopy(kappa);
  }

  /** A copy of the matrix: the record stays immutable. */
  @Override
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
        && condition.equals(m.condition)
        && observers.equals(m.observers)
        && Arrays.deepEquals(kappa, m.kappa);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, condition, observers, Arrays.deepHashCode(kappa));
  }

  @Override
  public String toString() {
    return "ConsistencyMatrix[" + dataset + ", " + condition + ", " + observers + "]";
  }

  /**
   * Computes the matrix from an aligned table; {@code condition} {@link Analyses#ALL} takes all.
   */
  public static ConsistencyMatrix of(String dataset, String condition, CorrectnessTable table) {
    List<String> ids = table.observers();
    String selected = Analyses.ALL.equals(condition) ? null : condition;
    double[][] kappa = new double[ids.size()][ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      kappa[i][i] = 1.0;
      for (int j = i + 1; j < ids.size(); j++) {
        double k = table.consistency(ids.get(i), ids.get(j), selected).kappa();
        kappa[i][j] = k;
        kappa[j][i] = k;
      }
    }
    return new ConsistencyMatrix(dataset, condition, ids, kappa);
  }

  /** Kappa between two observers of the matrix. */
  public double kappa(String a, String b) {
    return kappa[observers.indexOf(a)][observers.indexOf(b)];
  }
}
