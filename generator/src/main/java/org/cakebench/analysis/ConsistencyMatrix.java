package org.cakebench.analysis;

import java.util.List;

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
