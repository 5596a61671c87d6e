package org.cakebench.site.report;

import org.cakebench.analysis.ConfusionMatrix;
import org.cakebench.data.Category;
import org.jspecify.annotations.Nullable;

/**
 * The response an observer gave most often in one condition, and its share of all trials: how
 * strongly it prefers a single category (Section 3.2; chance is 1/16 = 6.25%).
 *
 * @param category the most frequent response, null when there were no trials
 * @param share its share of all trials in [0, 1]
 */
public record DominantResponse(@Nullable Category category, double share) {

  /** The dominant response of a confusion matrix (rows responses, columns true categories). */
  public static DominantResponse of(ConfusionMatrix matrix) {
    int[] trials = matrix.trialsPerCategory();
    int total = 0;
    for (int t : trials) {
      total += t;
    }
    if (total == 0) {
      return new DominantResponse(null, Double.NaN);
    }
    Category best = null;
    double bestCount = -1;
    for (int row = 0; row < Category.count(); row++) {
      double count = 0;
      for (int column = 0; column < trials.length; column++) {
        if (trials[column] > 0) {
          count += matrix.percent()[row][column] * trials[column] / 100.0;
        }
      }
      if (count > bestCount + 1e-9) {
        bestCount = count;
        best = Category.at(row);
      }
    }
    return new DominantResponse(best, bestCount / total);
  }

  /** The category label, or {@link Format#MISSING}. */
  public String label() {
    return category == null ? Format.MISSING : category.label();
  }
}
