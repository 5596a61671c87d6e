package org.cakebench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisJson;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.analysis.BenchmarkScores;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cakebench analyse}: benchmark scores of every observer found in a raw-data folder. */
@Command(
    name = "analyse",
    aliases = "analyze",
    mixinStandardHelpOptions = true,
    header = "Print the benchmark scores of every observer in a raw-data folder.",
    description =
        "Reads every observer's trials under DIR/<dataset>/*.csv and prints the benchmark scores: OOD accuracy, accuracy difference to humans, observed and error consistency with humans, and shape bias. Notes on missing data go to stderr.")
final class AnalyseCommand implements Callable<Integer> {
  @Option(
      names = "--raw-data",
      paramLabel = "DIR",
      description = "Folder of <dataset>/*.csv trial files (default: data/raw-data).")
  Path rawData;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Override
  public Integer call() {
    Path dir = rawData != null ? rawData : ProjectPaths.data().resolve("raw-data");
    RawData data = new RawDataReader(Console::warn).read(dir);
    AnalysisResults results = Analyses.run(data, Console::warn);
    System.out.print(table(results));
    if (json != null) {
      AnalysisJson.write(results, json);
      Console.info("wrote " + json);
    }
    return 0;
  }

  static String table(AnalysisResults results) {
    StringBuilder out = new StringBuilder();
    String format = "%-28s %9s %9s %9s %9s %9s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "observer",
            "OOD acc",
            "acc diff",
            "obs cons",
            "err cons",
            "shape"));
    for (BenchmarkScores s : results.benchmark().values()) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              s.observer(),
              number(s.oodAccuracy()),
              number(s.accuracyDifference()),
              number(s.observedConsistency()),
              number(s.errorConsistency()),
              number(s.shapeBias())));
    }
    return out.toString();
  }

  private static String number(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
  }
}
