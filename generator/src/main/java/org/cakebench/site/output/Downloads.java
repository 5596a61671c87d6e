package org.cakebench.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cakebench.data.DecisionFile;
import org.cakebench.report.BuildInfo;
import org.cakebench.report.Report;
import org.cakebench.report.ReportData;

/**
 * Writes the downloads of the site: every model's decision CSVs copied from the raw-data folder,
 * and the analyses and claim checks as JSON ({@link AnalysesJson}).
 *
 * @param decisions the copied decision files, by dataset then file name
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
   * Writes all downloads of {@code report} under {@code outDir/downloads}, with the catalogue of
   * observers {@code observers} (skipped when it does not exist).
   */
  public static Downloads write(Report report, Path observers, Path outDir) {
    List<DownloadFile> decisions = copyDecisions(report.decisions(), outDir);
    if (Files.isRegularFile(observers)) {
      Assets.copyFile(observers, outDir.resolve(OBSERVERS));
    }
    ReportData data = report.data();
    List<DownloadFile> json = new ArrayList<>();
    BuildInfo build = report.build();
    json.add(AnalysesJson.writeBenchmark(data, build, outDir.resolve(FOLDER + "/benchmark.json")));
    json.add(AnalysesJson.writeAnalyses(data, build, outDir.resolve(FOLDER + "/analyses.json")));
    json.add(
        AnalysesJson.writeConfusions(data, build, outDir.resolve(FOLDER + "/confusions.json")));
    json.add(
        AnalysesJson.writeClaims(report.claims(), build, outDir.resolve(FOLDER + "/claims.json")));
    return new Downloads(decisions, json);
  }

  private static List<DownloadFile> copyDecisions(List<DecisionFile> files, Path outDir) {
    List<DownloadFile> copied = new ArrayList<>();
    for (DecisionFile f : files) {
      String relative = FOLDER + "/decisions/" + f.dataset().name() + "/" + f.file().getFileName();
      Assets.copyFile(f.file(), outDir.resolve(relative));
      copied.add(new DownloadFile(relative, f.observer(), f.dataset().name(), size(f.file())));
    }
    return copied;
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
