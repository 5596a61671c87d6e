package org.cakebench.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.codec.digest.DigestUtils;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.DecisionFile;
import org.cakebench.data.FileHashes;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.cakebench.data.ReportSettings;
import org.cakebench.data.fetch.DataFetcher;
import org.cakebench.data.fetch.DataManifest;
import org.cakebench.data.fetch.FetchOptions;
import org.cakebench.data.fetch.FetchReport;
import org.cakebench.evaluate.ImportReport;
import org.cakebench.evaluate.ModelStatusCheck;
import org.cakebench.evaluate.TextureVsShapeImport;
import org.cakebench.figures.FigureFile;
import org.cakebench.figures.FigureRenderer;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.report.ReportAssembler;
import org.cakebench.site.ReportSite;
import org.cakebench.site.SiteInput;
import org.cakebench.site.SitePaths;
import org.cakebench.site.SiteResult;

/**
 * The whole report build, its steps in execution order: fetch the data, import the 2019 CNN
 * decisions, evaluate models, analyse, render figures, render and check pages, publish. Everything
 * is written into a staging folder that replaces the output folder only when the build succeeds.
 */
public final class ReportBuild {
  private final Consumer<String> log;
  private final Consumer<String> warnings;
  private final ModelEvaluation evaluation;

  /** A build reporting progress to {@code log}, notes on the data to {@code warnings}. */
  public ReportBuild(Consumer<String> log, Consumer<String> warnings, ModelEvaluation evaluation) {
    this.log = log;
    this.warnings = warnings;
    this.evaluation = evaluation;
  }

  /** Runs every step, in the order listed, and returns what was produced. */
  public BuildSummary run(BuildConfig config) {
    long start = System.nanoTime();
    ObserverCatalog catalog = ObserverCatalog.load(config.observersFile(), config.projectRoot());

    int fetched = fetch(config);
    importEarlierDecisions(config);
    List<String> evaluated = config.evaluate() ? evaluation.run(config, catalog) : List.of();
    // The data folder is the build's own: it keeps the parsed rows there for the next build.
    RawData trials = new RawDataReader(warnings).recordingParsedRows().read(config.rawData());
    ModelStatusCheck.run(catalog, trials, config.rawData(), config.stimuli())
        .groupLines()
        .forEach(log);
    AnalysisResults results = analyse(trials, catalog);

    try (StagingFolder staging = StagingFolder.create(config.outDir())) {
      List<FigureFile> figures =
          FigureRenderer.renderAll(
              results,
              catalog,
              ReportSettings.load(config.settingsFile()),
              staging.path(),
              warnings);
      log.accept("rendered " + figures.size() + " figures");
      Report report =
          ReportAssembler.assemble(
              results,
              catalog,
              figures,
              buildInfo(config),
              decisionFiles(trials, config),
              List.copyOf(trials.synthetic()));
      SiteResult site = ReportSite.render(siteInput(config, report), staging.path());
      log.accept(
          "rendered and checked "
              + site.pages().size()
              + " pages ("
              + site.linksChecked()
              + " links)");
      staging.publish();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      return new BuildSummary(
          fetched,
          evaluated,
          results.models(),
          figures.size(),
          site.pages().size(),
          site.linksChecked(),
          took);
    }
  }

  private int fetch(BuildConfig config) {
    FetchReport report =
        new DataFetcher(FetchOptions.defaults(config.dataDir(), config.mirror()))
            .fetch(DataManifest.bundled());
    if (!report.complete()) {
      report
          .failures()
          .forEach(f -> warnings.accept("not fetched: " + f.path() + ": " + f.reason()));
      FetchReport.Failure first = report.failures().get(0);
      throw new InvalidInputException(
          "could not fetch "
              + report.failures().size()
              + " data files (first: "
              + first.path()
              + ": "
              + first.reason()
              + ")");
    }
    if (report.fetched() > 0) {
      log.accept("fetched " + report.fetched() + " data files into " + config.dataDir());
    }
    return report.fetched();
  }

  /**
   * The decision files the report offers, each with its SHA-256 for the provenance companion,
   * remembered in the raw-data folder so that an unchanged file is not hashed again.
   */
  private static List<DecisionFile> decisionFiles(RawData trials, BuildConfig config) {
    FileHashes hashes = FileHashes.load(config.rawData());
    List<DecisionFile> files = hashes.hash(trials.decisionFiles());
    hashes.save();
    return files;
  }

  /** The 2019 texture-vs-shape CNN decisions join the cache as extra observers (tvs2019-*). */
  private void importEarlierDecisions(BuildConfig config) {
    Path source = config.dataDir().resolve("texture-vs-shape-raw-data");
    if (!Files.isDirectory(source) || TextureVsShapeImport.isCurrent(source, config.rawData())) {
      return;
    }
    ImportReport report = TextureVsShapeImport.run(source, config.rawData());
    report.unmatched().forEach(warnings);
    report.skipped().forEach(warnings);
    log.accept("imported " + report.written().size() + " decision files of the 2019 CNNs");
  }

  /** Analyses, with the paper's model groups for the bootstrap and the image-level errors. */
  private AnalysisResults analyse(RawData trials, ObserverCatalog catalog) {
    AnalysisResults results = Analyses.run(trials, catalog, warnings);
    log.accept(
        "analysed "
            + results.datasets().size()
            + " datasets, "
            + results.models().size()
            + " models");
    return results;
  }

  /** Version, date, and the data's pinned upstream commits and manifest hash. */
  private static BuildInfo buildInfo(BuildConfig config) {
    String version = ReportBuild.class.getPackage().getImplementationVersion();
    return BuildInfo.of(
        version == null ? "dev" : version,
        buildDate(),
        config.mirror() == null
            ? "downloaded from the pinned upstream commits and verified against the data manifest"
            : "copied from a local mirror and verified against the data manifest",
        DataManifest.bundled(),
        bundledManifestSha256());
  }

  /** The SHA-256 of the bundled data manifest's bytes, as {@code sha256sum} prints it. */
  private static String bundledManifestSha256() {
    try (java.io.InputStream in =
        DataManifest.class.getResourceAsStream("/org/cakebench/data/data-manifest.tsv")) {
      if (in == null) {
        return "";
      }
      return DigestUtils.sha256Hex(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot hash the bundled data manifest", e);
    }
  }

  private static SiteInput siteInput(BuildConfig config, Report report) {
    return new SiteInput(
        report,
        Files.isDirectory(config.stimuli()) ? config.stimuli() : null,
        SitePaths.under(config.projectRoot()));
  }

  /** Today, or SOURCE_DATE_EPOCH for reproducible builds. */
  private static String buildDate() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    LocalDate date =
        epoch != null && epoch.matches("\\d+")
            ? LocalDate.ofEpochDay(Long.parseLong(epoch) / 86_400)
            : LocalDate.now(ZoneOffset.UTC);
    return date.toString();
  }
}
