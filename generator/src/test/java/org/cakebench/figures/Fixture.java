package org.cakebench.figures;

import java.nio.file.Path;
import java.util.List;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.RawData;

/** The project's observer catalog and the analysed synthetic trials, computed once per run. */
final class Fixture {
  static final ObserverCatalog CATALOG =
      ObserverCatalog.load(Path.of("content", "observers.yaml"), Path.of("."));
  static final ObserverStyles STYLES = new ObserverStyles(CATALOG);
  static final AnalysisResults STANDARD = analyse(SyntheticTrials.standard());

  private Fixture() {}

  static AnalysisResults analyse(RawData data) {
    return Analyses.run(data, warning -> {});
  }

  static List<Figure> standardFigures() {
    return AllFigures.of(STANDARD, STYLES);
  }
}
