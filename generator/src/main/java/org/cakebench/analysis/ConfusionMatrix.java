package org.cakebench.analysis;

import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ImageIndex;
import org.cakebench.data.ObserverTrials;

/**
 * A confusion matrix in percent (as in Geirhos et al. 2020, Figures 4 and 5): rows are responses
 * (the 16 categories, then {@code na} in row 16), columns the true categories; each column sums to
 * 100 % of the trials of its category, or is NaN where a category has no trials.
 */
public final class ConfusionMatrix {
  /** The row index of the {@code na} response. */
  public static final int NO_ANSWER_ROW = 16;

  private final double[][] percent;
  private final int[] trialsPerCategory;

  /**
   * The matrix {@code percent[response][category]}, 17 rows by 16 columns, of {@code
   * trialsPerCategory[category]} trials per true category (both copied).
   */
  public ConfusionMatrix(double[][] percent, int[] trialsPerCategory) {
    this.percent = deepCopy(percent);
    this.trialsPerCategory = trialsPerCategory.clone();
  }

  /** A copy of the matrix {@code percent[response][category]}: it stays immutable. */
  public double[][] percent() {
    return deepCopy(percent);
  }

  /** Counts the pooled trials of {@code observers} on the images of {@code mask}. */
  public static ConfusionMatrix of(
      ImageIndex images, List<ObserverTrials> observers, ImageBits mask) {
    int n = Category.count();
    int[][] counts = new int[n + 1][n];
    int[] totals = new int[n];
    for (ObserverTrials o : observers) {
      mask.forEach(
          i -> {
            int column = images.category(i).ordinal();
            counts[o.responseCode(i)][column]++;
            totals[column]++;
          });
    }
    double[][] percent = new double[n + 1][n];
    for (int row = 0; row <= n; row++) {
      for (int column = 0; column < n; column++) {
        percent[row][column] =
            totals[column] == 0 ? Double.NaN : 100.0 * counts[row][column] / totals[column];
      }
    }
    return new ConfusionMatrix(percent, totals);
  }

  /**
   * The response given most often over all true categories, and its share of all trials: how
   * strongly the observer prefers a single category (Section 3.2; chance is 1/16).
   */
  public DominantResponse dominant() {
    int total = 0;
    for (int t : trialsPerCategory) {
      total += t;
    }
    if (total == 0) {
      return new DominantResponse(null, Double.NaN);
    }
    Category best = null;
    double bestCount = -1;
    for (int row = 0; row < Category.count(); row++) {
      double count = 0;
      for (int column = 0; column < trialsPerCategory.length; column++) {
        if (trialsPerCategory[column] > 0) {
          count += percent[row][column] * trialsPerCategory[column] / 100.0;
        }
      }
      if (count > bestCount + 1e-9) {
        bestCount = count;
        best = Category.at(row);
      }
    }
    return new DominantResponse(best, bestCount / total);
  }

  /** The percentage of trials of {@code truth} answered with {@code response}. */
  public double percent(Category response, Category truth) {
    return percent[response.ordinal()][truth.ordinal()];
  }

  /** The percentage of trials of {@code truth} left unanswered. */
  public double noAnswerPercent(Category truth) {
    return percent[NO_ANSWER_ROW][truth.ordinal()];
  }

  static double[][] deepCopy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }
}
