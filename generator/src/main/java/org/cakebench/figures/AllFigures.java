package org.cakebench.figures;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;

/** The report's figures for a set of results, in report order. */
final class AllFigures {
  private AllFigures() {}

  static List<Figure> of(AnalysisResults results, ObserverStyles styles) {
    List<Figure> figures = new ArrayList<>();
    for (Dataset d : results.datasets()) {
      if (d.parametric()) {
        figures.add(new AccuracyPlot(results, styles, d));
      }
    }
    for (BenchmarkRanking.Metric m : BenchmarkRanking.Metric.values()) {
      figures.add(new BenchmarkRanking(results, styles, m));
    }
    for (Dataset d : results.datasets()) {
      if (d.parametric()) {
        figures.add(new HumanConsistencyPlot(results, styles, d));
      }
    }
    for (String name : List.of("cue-conflict", "edge", "silhouette")) {
      results.datasets().stream()
          .filter(d -> d.name().equals(name))
          .findFirst()
          .ifPresent(d -> figures.add(new ErrorConsistencyMatrix(results, styles, d)));
    }
    if (!results.shapeBias().isEmpty()) {
      figures.add(new ShapeBiasPlot(results, styles));
    }
    byName(results, "uniform-noise")
        .ifPresent(
            d ->
                figures.add(
                    new ConfusionMatrixGrid("fig4-confusion-uniform-noise", results, styles, d)));
    byName(results, "low-pass")
        .ifPresent(
            d ->
                figures.add(
                    new ConfusionMatrixGrid("fig5-confusion-low-pass", results, styles, d)));
    return figures;
  }

  private static java.util.Optional<Dataset> byName(AnalysisResults results, String name) {
    return results.datasets().stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
