package org.cakebench.figures;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.DatasetResults;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.ReportSettings;

/**
 * The report's figures for a set of results, in the paper's order: out-of-distribution accuracy
 * (3.1), confusion matrices (3.2), error consistency (3.3), shape bias (3.4), then the benchmark. A
 * figure whose datasets have no trials is left out.
 */
final class AllFigures {
  private AllFigures() {}

  static List<Figure> of(AnalysisResults results, ObserverStyles styles, ReportSettings settings) {
    List<Figure> figures = new ArrayList<>();
    List<Dataset> parametric = results.datasets().stream().filter(Dataset::parametric).toList();
    parametric.forEach(d -> figures.add(new AccuracyPlot(results, styles, d)));

    if (results.dataset(Datasets.UNIFORM_NOISE).isPresent()) {
      figures.add(
          new ConfusionMatrixGrid(
              "fig4-confusion-uniform-noise",
              results,
              styles,
              Datasets.UNIFORM_NOISE,
              settings.confusionModels()));
    }
    if (results.dataset(Datasets.LOW_PASS).isPresent()) {
      figures.add(
          new ConfusionMatrixGrid(
              "fig5-confusion-low-pass",
              results,
              styles,
              Datasets.LOW_PASS,
              settings.confusionModels()));
    }

    for (Dataset d : Datasets.TEXTURE_SHAPE) {
      if (results.dataset(d).flatMap(DatasetResults::consistency).isPresent()) {
        figures.add(new ErrorConsistencyMatrix(results, styles, d));
      }
    }
    if (Datasets.TEXTURE_SHAPE.stream().anyMatch(d -> results.dataset(d).isPresent())) {
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
    if (Datasets.NON_PARAMETRIC_ACCURACY.stream().anyMatch(d -> results.dataset(d).isPresent())) {
      figures.add(new NonParametricAccuracyPlot(results, styles));
    }
    if (!results.benchmark().isEmpty()) {
      figures.add(new ConsistencyAccuracyScatter(results, styles));
    }
    return figures;
  }
}
