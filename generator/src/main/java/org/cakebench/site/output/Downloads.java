package org.cakebench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ContentDigest;
import org.cakebench.data.DecisionFile;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.report.ReportData;

/**
 * The downloads of the site: every model's decision CSVs as they are in the raw-data folder (linked
 * or copied, {@link #placeDecisions}), and the analyses and claim checks as JSON ({@link
 * AnalysesJson}).
 *
 * @param decisions the decision files offered, by dataset then file name
 * @param json the JSON files
 */
public record Downloads(List<DownloadFile> decisions, List<DownloadFile> json) {
  /** The folder under the output folder. */
  public static final String FOLDER = "downloads";

  public Downloads {
    decisions = List.copyOf(decisions);
    json = List.copyOf(json);
  }

  /** The catalogue of observers, as the site offers it. */
  public static final String OBSERVERS = FOLDER + "/observers.yaml";

  /**
   * Writes the downloads of {@code report} under {@code outDir/downloads} but for the decision
   * files ({@link #placeDecisions}), with the catalogue of observers {@code observers} (skipped
   * when it does not exist).
   */
  public static Downloads write(Report report, Path observers, Path outDir) {
    if (Files.isRegularFile(observers)) {
      Assets.copyFile(observers, outDir.resolve(OBSERVERS));
    }
    ReportData data = report.data();
    BuildInfo build = report.build();
    Path folder = outDir.resolve(FOLDER);
    // The four files in parallel, listed in this order: the pages wait for them, and the
    // confusions alone are megabytes at a hundred models.
    List<Supplier<DownloadFile>> writes =
        List.of(
            () -> AnalysesJson.writeBenchmark(data, build, folder.resolve("benchmark.json")),
            () -> AnalysesJson.writeAnalyses(data, build, folder.resolve("analyses.json")),
            () -> AnalysesJson.writeConfusions(data, build, folder.resolve("confusions.json")),
            () -> AnalysesJson.writeClaims(report.claims(), build, folder.resolve("claims.json")));
    List<DownloadFile> json = writes.parallelStream().map(Supplier::get).toList();
    return new Downloads(decisions(report), json);
  }

  /**
   * Puts every model's decision files where {@link #decisions} says they are: hard links to the
   * data's files where the file system allows ({@link AtomicFiles#link}), else copies. At a hundred
   * models these are 1,700 files and 200 MB, which a link neither copies nor stores twice; the site
   * runs this beside the pages.
   */
  public static void placeDecisions(Report report, Path outDir) {
    for (DecisionFile f : report.decisions()) {
      AtomicFiles.link(f.file(), outDir.resolve(path(f)));
    }
  }

  /**
   * The decision files as offered, each the byte-for-byte copy of its source, with the source's
   * size and SHA-256 (hashed here where the data stage did not).
   */
  private static List<DownloadFile> decisions(Report report) {
    List<DownloadFile> offered = new ArrayList<>();
    for (DecisionFile f : report.decisions()) {
      offered.add(
          new DownloadFile(
              path(f),
              f.observer(),
              f.dataset().name(),
              size(f.file()),
              f.sha256() != null ? f.sha256() : ContentDigest.sha256(f.file())));
    }
    return offered;
  }

  private static String path(DecisionFile f) {
    return FOLDER + "/decisions/" + f.dataset().name() + "/" + f.file().getFileName();
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
