package org.cakebench.report;

import java.util.List;
import org.cakebench.data.Dataset;
import org.cakebench.data.DecisionFile;
import org.cakebench.data.PaperSection;
import org.cakebench.figures.FigureFile;
import org.cakebench.report.claims.ClaimResult;

/**
 * The whole report, assembled once before anything is rendered: the analyses as the report reads
 * them, the paper's claims checked against them, the figures, the decision files offered for
 * download and the facts of the build. Pages only choose, format and lay out what it holds.
 *
 * @param data the analyses, looked up by typed keys
 * @param claims the paper's claims in paper order, with their outcomes
 * @param figures the rendered figures in report order
 * @param build version, date and data source
 * @param decisions the model decision files, per dataset
 * @param synthetic observers whose decisions are synthetic rehearsal data, not results
 * @param leaderboard the benchmark leaderboard with model-vs-human's rankings
 * @param imageErrors per texture-shape dataset, the images humans and models disagree on most
 */
public record Report(
    ReportData data,
    List<ClaimResult> claims,
    List<FigureFile> figures,
    BuildInfo build,
    List<DecisionFile> decisions,
    List<String> synthetic,
    Leaderboard leaderboard,
    List<ImageErrors> imageErrors) {

  public Report {
    imageErrors = List.copyOf(imageErrors);
    claims = List.copyOf(claims);
    figures = List.copyOf(figures);
    decisions = List.copyOf(decisions);
    synthetic = List.copyOf(synthetic);
  }

  /** The claims of one part of the report, in paper order. */
  public List<ClaimResult> claims(PaperSection section) {
    return claims.stream().filter(c -> c.text().section() == section).toList();
  }

  /** The figures of one part of the report, in report order. */
  public List<FigureFile> figures(PaperSection section) {
    return figures.stream().filter(f -> f.section() == section).toList();
  }

  /** The figures of one part about several datasets (those of one dataset go on its page). */
  public List<FigureFile> overviewFigures(PaperSection section) {
    return figures(section).stream().filter(f -> f.about().isEmpty()).toList();
  }

  /** The figures about one dataset, in report order. */
  public List<FigureFile> figuresOf(Dataset dataset) {
    return figures.stream().filter(f -> f.about().filter(dataset::equals).isPresent()).toList();
  }
}
