package org.cakebench.figures;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;

/**
 * Which benchmark rows a ranking may compare: takes the benchmark scores and gives the humans'
 * reference row and the models with trials on every dataset, in figure order, and a caption
 * sentence naming the models left out for lacking datasets (a mean over 1 of 17 datasets is no
 * score to rank against a mean over all 17).
 *
 * @param included the humans and the models with every dataset, in figure order
 * @param leftOut the models lacking some dataset, in figure order
 * @param datasets the number of datasets in the data
 */
record BenchmarkSelection(
    List<BenchmarkScores> included, List<ObserverStyle> leftOut, int datasets) {
  private static final int NAMED = 3;

  BenchmarkSelection {
    included = List.copyOf(included);
    leftOut = List.copyOf(leftOut);
  }

  /** Splits the benchmark rows of {@code results}. */
  static BenchmarkSelection of(AnalysisResults results, ObserverStyles styles) {
    List<BenchmarkScores> included = new ArrayList<>();
    List<ObserverStyle> leftOut = new ArrayList<>();
    for (String id : styles.order(results.benchmark().keySet())) {
      BenchmarkScores s = results.benchmark().get(id);
      if (s.human() || s.missingDatasets().isEmpty()) {
        included.add(s);
      } else {
        leftOut.add(styles.style(id));
      }
    }
    return new BenchmarkSelection(included, leftOut, results.datasets().size());
  }

  /**
   * "Left out for lacking some of the 17 datasets: 16 models, AlexNet (Caffe, 2019), ... and 13
   * more.", or {@code ""} when none is.
   */
  String note() {
    if (leftOut.isEmpty()) {
      return "";
    }
    List<String> names = leftOut.stream().map(ObserverStyle::name).toList();
    int named = Math.min(NAMED, names.size());
    List<String> shown = new ArrayList<>(names.subList(0, named));
    if (names.size() > named) {
      shown.add((names.size() - named) + " more");
    }
    return "Left out for lacking trials on some of the "
        + datasets
        + " datasets: "
        + (names.size() == 1 ? "1 model, " : names.size() + " models, ")
        + Captions.list(shown)
        + ".";
  }
}
