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
    return figures;
  }
}
