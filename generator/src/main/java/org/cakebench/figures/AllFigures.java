package org.cakebench.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.Dataset;

/**
 * The report's figures for a set of results, in the paper's order: out-of-distribution accuracy
 * (3.1), confusion matrices (3.2), error consistency (3.3), shape bias (3.4), then the benchmark. A
 * figure whose datasets have no trials is left out.
 */
final class AllFigures {
  private AllFigures() {}

  static List<Figure> of(AnalysisResults results, ObserverStyles styles) {
    List<Figure> figures = new ArrayList<>();
    List<Dataset> parametric = results.datasets().stream().filter(Dataset::parametric).toList();
    parametric.forEach(d -> figures.add(new AccuracyPlot(results, styles, d)));

    dataset(results, "uniform-noise")
        .ifPresent(
            d ->
                figures.add(
                    new ConfusionMatrixGrid("fig4-confusion-uniform-noise", results, styles, d)));
    dataset(results, "low-pass")
        .ifPresent(
            d ->
                figures.add(
                    new ConfusionMatrixGrid("fig5-confusion-low-pass", results, styles, d)));

    for (String name : ConsistencyGroupsPlot.DATASETS) {
      dataset(results, name)
          .filter(d -> results.matrix(d.name(), org.cakebench.analysis.Analyses.ALL).isPresent())
          .ifPresent(d -> figures.add(new ErrorConsistencyMatrix(results, styles, d)));
    }
    if (ConsistencyGroupsPlot.DATASETS.stream().anyMatch(n -> dataset(results, n).isPresent())) {
      figures.add(new ConsistencyGroupsPlot(results, styles));
    }

    if (!results.shapeBias().isEmpty()) {
      figures.add(new ShapeBiasPlot(results, styles));
    }

    if (!results.benchmark().isEmpty()) {
      for (BenchmarkRanking.Metric m : BenchmarkRanking.Metric.values()) {
        figures.add(new BenchmarkRanking(results, styles, m));
      }
    }
    parametric.forEach(d -> figures.add(new HumanConsistencyPlot(results, styles, d)));
    if (NonParametricAccuracyPlot.DATASETS.stream()
        .anyMatch(n -> dataset(results, n).isPresent())) {
      figures.add(new NonParametricAccuracyPlot(results, styles));
    }
    if (!results.benchmark().isEmpty()) {
      figures.add(new ConsistencyAccuracyScatter(results, styles));
    }
    return figures;
  }

  private static Optional<Dataset> dataset(AnalysisResults results, String name) {
    return results.datasets().stream().filter(d -> d.name().equals(name)).findFirst();
  }
}
