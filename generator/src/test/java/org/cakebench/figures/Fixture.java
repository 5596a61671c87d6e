package org.cakebench.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.ObserverProfile;
import org.cakebench.data.RawData;
import org.cakebench.data.ReportSettings;
import org.cakebench.site.SiteFixture;

/** The project's observer catalog and the analysed synthetic trials, computed once per run. */
final class Fixture {
  static final ObserverCatalog CATALOG =
      ObserverCatalog.load(Path.of("content", "observers.yaml"), Path.of("."));
  static final ObserverStyles STYLES = new ObserverStyles(CATALOG);
  static final ReportSettings SETTINGS =
      ReportSettings.load(SiteFixture.PROJECT.resolve("content/report.yaml"));
  static final AnalysisResults STANDARD = analyse(SyntheticTrials.standard());

  private Fixture() {}

  /**
   * Every catalog model (the paper's 32 and the extras) and one unlisted model, on every dataset.
   */
  static AnalysisResults many() {
    return Many.RESULTS;
  }

  /**
   * Like the real data: ten humans and three models on every dataset, and the 2019 CNNs with long
   * names on cue-conflict only (five of them also on edges and silhouettes).
   */
  static AnalysisResults realistic() {
    return Realistic.RESULTS;
  }

  // Holders, so that only the tests that need these larger sets pay for analysing them.
  private static final class Many {
    static final AnalysisResults RESULTS = analyse(manyTrials());
  }

  private static final class Realistic {
    static final AnalysisResults RESULTS = analyse(realisticTrials());
  }

  static RawData manyTrials() {
    List<String> models = new ArrayList<>();
    CATALOG.models().stream().map(ObserverProfile::id).forEach(models::add);
    models.add("my_new_model");
    List<String> humans =
        List.of("subject-01", "subject-02", "subject-03", "subject-04", "subject-05");
    return SyntheticTrials.of(humans, models, SyntheticTrials.DATASETS);
  }

  private static RawData realisticTrials() {
    List<String> humans = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      humans.add(String.format("subject-%02d", i));
    }
    RawData data =
        SyntheticTrials.of(
            humans, List.of("resnet50", "simclr_resnet50x1", "bagnet33"), SyntheticTrials.DATASETS);
    List<String> extras =
        CATALOG.models().stream()
            .map(ObserverProfile::id)
            .filter(id -> id.startsWith("tvs2019-"))
            .toList();
    for (int i = 0; i < extras.size(); i++) {
      List<String> datasets =
          i < 5 ? List.of("cue-conflict", "edge", "silhouette") : List.of("cue-conflict");
      data = SyntheticTrials.plus(data, extras.get(i), datasets);
    }
    return data;
  }

  static AnalysisResults analyse(RawData data) {
    return Analyses.run(data, warning -> {});
  }

  static List<Figure> standardFigures() {
    return AllFigures.of(STANDARD, STYLES, SETTINGS);
  }
}
