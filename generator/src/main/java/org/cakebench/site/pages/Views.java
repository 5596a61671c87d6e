package org.cakebench.site.pages;

import java.util.List;
import org.cakebench.figures.FigureFile;
import org.cakebench.report.claims.ClaimResult;
import org.cakebench.site.content.ContentDoc;
import org.cakebench.site.output.DownloadFile;
import org.cakebench.site.output.StimulusExample;
import org.jspecify.annotations.Nullable;

/** The view records the templates read, one per kind of page (templates call their accessors). */
public final class Views {
  private Views() {}

  /** A term and its value in a definition list, linked when {@code href} is not null. */
  public record Fact(String term, String value, @Nullable String href) {}

  /** A results section as the home page lists it, with its claims' verdicts. */
  public record SectionCard(Section section, List<ClaimResult> claims) {}

  /**
   * How many claims got each verdict; {@code total} counts the checked claims, {@code context} the
   * rows given for context only.
   */
  public record VerdictCounts(
      long holds,
      long consistentSoFar,
      long marginal,
      long differs,
      long unresolved,
      long noData,
      long context,
      long total) {}

  /** The home page: summary, status of the models, the section cards and the claims table. */
  public record Home(
      ContentDoc summary,
      List<Fact> status,
      VerdictCounts counts,
      List<SectionCard> sections,
      List<ClaimResult> claims) {}

  /**
   * The references and citation page: the commentary (reference list, BibTeX of the paper and the
   * data) and the entry of this report as built.
   */
  public record References(ContentDoc doc, String bibtex) {}

  /** A page of commentary only (introduction, methods, adding a model). */
  public record Text(ContentDoc doc) {}

  /** A results section: commentary, figures, the numbers behind them and the section's claims. */
  public record SectionPage(
      Section section,
      ContentDoc commentary,
      List<FigureFile> figures,
      List<TableView> tables,
      List<ClaimResult> claims,
      List<ImageErrorViews.Block> disagreements) {}

  /** The benchmark leaderboard. */
  public record Leaderboard(ContentDoc intro, List<TableBlock> blocks, List<FigureFile> figures) {}

  /** An index page with commentary and its tables (datasets, models). */
  public record Index(ContentDoc intro, List<TableBlock> blocks) {}

  /**
   * A table under its own heading.
   *
   * @param id the heading's id (anchor)
   * @param heading the heading
   * @param note a sentence under the heading, or empty
   * @param table the table
   */
  public record TableBlock(String id, String heading, String note, TableView table) {}

  /** One dataset. */
  public record DatasetPage(
      ContentDoc description,
      List<Fact> facts,
      List<StimulusExample> examples,
      String examplesNote,
      List<FigureFile> figures,
      List<TableView> tables) {}

  /** One model with decisions. */
  public record ModelPage(List<Fact> facts, List<TableView> tables, String missing) {}

  /** A group of decision files, e.g. all of one model. */
  public record FileGroup(String title, @Nullable String href, List<DownloadFile> files) {}

  /** The CSV files of one page's tables. */
  public record TableFiles(String page, List<String> files) {}

  /** The downloads page. */
  public record DownloadsPage(
      ContentDoc intro,
      List<DownloadFile> json,
      List<FileGroup> decisions,
      List<FigureFile> figures,
      List<TableFiles> tables) {}
}
