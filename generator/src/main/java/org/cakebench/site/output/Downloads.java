package org.cakebench.site.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cakebench.data.Datasets;
import org.cakebench.data.Observers;
import org.cakebench.site.claims.ClaimResult;
import org.cakebench.site.report.ReportData;

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

  /** Writes all downloads under {@code outDir/downloads}. */
  public static Downloads write(
      ReportData report, List<ClaimResult> claims, Path rawData, Path outDir) {
    List<DownloadFile> decisions = copyDecisions(rawData, outDir);
    List<DownloadFile> json = new ArrayList<>();
    json.add(AnalysesJson.writeBenchmark(report, outDir.resolve(FOLDER + "/benchmark.json")));
    json.add(AnalysesJson.writeAnalyses(report, outDir.resolve(FOLDER + "/analyses.json")));
    json.add(AnalysesJson.writeConfusions(report, outDir.resolve(FOLDER + "/confusions.json")));
    json.add(AnalysesJson.writeClaims(claims, outDir.resolve(FOLDER + "/claims.json")));
    return new Downloads(decisions, json);
  }

  private static List<DownloadFile> copyDecisions(Path rawData, Path outDir) {
    List<DownloadFile> files = new ArrayList<>();
    for (var dataset : Datasets.all()) {
      Path folder = rawData.resolve(dataset.name());
      if (!Files.isDirectory(folder)) {
        continue;
      }
      for (Path csv : csvFiles(folder)) {
        String observer = observer(csv);
        if (observer.isEmpty() || Observers.isHuman(observer)) {
          continue;
        }
        String relative = FOLDER + "/decisions/" + dataset.name() + "/" + csv.getFileName();
        Assets.copyFile(csv, outDir.resolve(relative));
        files.add(new DownloadFile(relative, observer, dataset.name(), size(csv)));
      }
    }
    return files;
  }

  /** The {@code subj} of the first data row; {@code ""} for an empty file. */
  static String observer(Path csv) {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      String row = in.readLine();
      if (header == null || row == null) {
        return "";
      }
      List<String> columns =
          Arrays.stream(header.split(",")).map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
      int subj = columns.indexOf("subj");
      String[] cells = row.split(",");
      return subj < 0 || subj >= cells.length ? "" : cells[subj].strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
  }

  private static List<Path> csvFiles(Path folder) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
