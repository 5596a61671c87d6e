package org.cakebench.analysis;

import java.util.Arrays;
import java.util.List;
import org.cakebench.data.Category;
import org.cakebench.data.ImageBits;
import org.cakebench.data.ImageIndex;
import org.cakebench.data.ObserverTrials;
import org.jspecify.annotations.Nullable;

/**
 * A confusion matrix in percent (as in Geirhos et al. 2020, Figures 4 and 5): rows are responses
 * (the 16 categories, then {@code na} in row 16), columns the true categories; each column sums to
 * 100 % of the trials of its category, or is NaN where a category has no trials.
 *
 * @param percent {@code percent[response][category]}, 17 rows by 16 columns
 * @param trialsPerCategory the number of trials of each true category
 */
public record ConfusionMatrix(double[][] percent, int[] trialsPerCategory) {
  /** The row index of the {@code na} response. */
  public static final int NO_ANSWER_ROW = 16;

  public ConfusionMatrix {
    percent = deepCopy(percent);
    trialsPerCategory = trialsPerCategory.clone();
  }

  /** A copy of the matrix: the record stays immutable. */
  @Override
  public double[][] percent() {
    return deepCopy(percent);
  }

  /** A copy of the trial counts per true category. */
  @Override
  public int[] trialsPerCategory() {
    return trialsPerCategory.clone();
  }

  /** The percentage in row {@code response} (16 for na) and column {@code truth}. */
  public double percent(int response, int truth) {
    return percent[response][truth];
  }

  /** The number of trials of the true category {@code truth}. */
  public int trials(Category truth) {
    return trialsPerCategory[truth.ordinal()];
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ConfusionMatrix m
        && Arrays.deepEquals(percent, m.percent)
        && Arrays.equals(trialsPerCategory, m.trialsPerCategory);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(percent) + Arrays.hashCode(trialsPerCategory);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix" + Arrays.toString(trialsPerCategory);
  }

  static double[][] deepCopy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }
}
