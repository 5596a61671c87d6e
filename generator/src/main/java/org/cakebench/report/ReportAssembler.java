package org.cakebench.report;

import java.util.ArrayList;
import java.util.List;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.DecisionFile;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.Observers;
import org.cakebench.figures.FigureFile;
import org.cakebench.report.claims.Claims;

/**
 * The assemble stage: joins the analysis results, the observer catalogue and the rendered figures
 * into the one immutable {@link Report} the site renders, checking the paper's claims on the way.
 */
public final class ReportAssembler {
  private ReportAssembler() {}

  /**
   * The report of one build.
   *
   * @param results the analysis results
   * @param catalog the observers of {@code content/observers.yaml}
   * @param figures the rendered figures, in report order
   * @param build version, date and data source
   * @param decisions the model decision files to offer for download
   * @param synthetic observers whose files mark them as synthetic rehearsal data
   */
  public static Report assemble(
      AnalysisResults results,
      ObserverCatalog catalog,
      List<FigureFile> figures,
      BuildInfo build,
      List<DecisionFile> decisions,
      List<String> synthetic) {
    ReportData data = new ReportData(results, catalog);
    List<BenchmarkScores> rows = new ArrayList<>();
    data.benchmark(Observers.HUMANS).ifPresent(rows::add);
    data.models().forEach(m -> data.benchmark(m).ifPresent(rows::add));
    List<ImageErrors> imageErrors = new ArrayList<>();
    results.perImage().forEach((d, images) -> imageErrors.add(ImageErrors.of(d, images)));
    return new Report(
        data,
        Claims.check(data),
        figures,
        build,
        decisions,
        synthetic,
        Leaderboard.of(rows),
        imageErrors);
  }
}
