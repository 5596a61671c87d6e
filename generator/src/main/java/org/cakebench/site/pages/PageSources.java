package org.cakebench.site.pages;

import java.util.List;
import java.util.Map;
import org.cakebench.data.InvalidInputException;
import org.cakebench.figures.FigureFile;
import org.cakebench.site.claims.ClaimResult;
import org.cakebench.site.content.Content;
import org.cakebench.site.output.Downloads;
import org.cakebench.site.output.StimulusExample;
import org.cakebench.site.report.ReportData;

/**
 * What the page builders read: the analyses, the claim checks, the rendered commentary, the
 * figures, the example images and the downloads already written.
 */
public record PageSources(
    ReportData report,
    List<ClaimResult> claims,
    Content content,
    List<FigureFile> figures,
    Map<String, List<StimulusExample>> examples,
    Downloads downloads) {

  /** The figure sections pages show; a figure with another section fails the build. */
  public static final List<String> FIGURE_SECTIONS =
      List.of("ood", "category", "image", "shape", "benchmark");

  public PageSources {
    claims = List.copyOf(claims);
    figures = List.copyOf(figures);
    examples = Map.copyOf(examples);
    for (FigureFile f : figures) {
      if (!FIGURE_SECTIONS.contains(f.section())) {
        throw new InvalidInputException(
            "figure "
                + f.id()
                + " has section '"
                + f.section()
                + "'; pages show "
                + String.join(", ", FIGURE_SECTIONS));
      }
    }
  }

  /** The figures of one section, in the order the figures stage gave them. */
  public List<FigureFile> figures(String section) {
    return figures.stream().filter(f -> f.section().equals(section)).toList();
  }

  /**
   * The figures of one section that are not about a single dataset (those appear on the dataset's
   * page instead).
   */
  public List<FigureFile> overviewFigures(String section) {
    return figures(section).stream()
        .filter(f -> report.datasets().stream().noneMatch(d -> about(f, d.name())))
        .toList();
  }

  /**
   * The figures about one dataset: those whose id is the dataset name or ends with {@code
   * -<dataset>} or contains {@code -<dataset>-}.
   */
  public List<FigureFile> figuresOf(String dataset) {
    return figures.stream().filter(f -> about(f, dataset)).toList();
  }

  private static boolean about(FigureFile f, String dataset) {
    return f.id().equals(dataset)
        || f.id().endsWith("-" + dataset)
        || f.id().startsWith(dataset + "-")
        || f.id().contains("-" + dataset + "-");
  }

  /** The claims of one section, in paper order. */
  public List<ClaimResult> claims(String section) {
    return claims.stream().filter(c -> c.text().section().equals(section)).toList();
  }
}
