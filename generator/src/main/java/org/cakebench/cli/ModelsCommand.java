package org.cakebench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.cakebench.data.Dataset;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.cakebench.evaluate.DecisionSource;
import org.cakebench.evaluate.ModelStatusCheck;
import org.cakebench.evaluate.ModelStatusReport;
import org.cakebench.evaluate.ObserverStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cakebench models}: prints which of the report's models are ready and what is missing. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    header = "Show which models are ready, evaluated, stale or missing, and what to run next.",
    description = {
      "For every observer of content/observers.yaml and every model found only in the data:",
      "its group, whether its TorchScript file exists and matches the hash the decision manifests",
      "record, which datasets have decisions (published, evaluated here, dropped in), which are",
      "stale or missing, and the next command to run. Reads files only; runs no model."
    })
final class ModelsCommand implements Callable<Integer> {
  private static final String INDENT = "  ";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder: DIR/raw-data and DIR/stimuli (default: data/ in the project).")
  Path data;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "Observer catalog (default: content/observers.yaml).")
  Path catalogFile;

  @Option(names = "--json", description = "Print the status as JSON, for scripts.")
  boolean json;

  @Override
  public Integer call() {
    Path home = ProjectPaths.home();
    Path dataDir = data != null ? data.toAbsolutePath().normalize() : ProjectPaths.data();
    ObserverCatalog catalog =
        ObserverCatalog.load(
            catalogFile != null ? catalogFile : home.resolve("content/observers.yaml"), home);
    Path rawData = dataDir.resolve("raw-data");
    RawData trials =
        Files.isDirectory(rawData)
            ? new RawDataReader(note -> {}).read(rawData)
            : new RawData(List.of());
    ModelStatusReport report =
        ModelStatusCheck.run(catalog, trials, rawData, dataDir.resolve("stimuli"));
    if (json) {
      System.out.print(report.toJson());
      return 0;
    }
    if (!Files.isDirectory(rawData)) {
      Console.info("no data in " + dataDir + " yet: ./cakebench fetch-data");
    }
    StringBuilder text = new StringBuilder();
    report.observers().forEach(s -> describe(s, report.datasets().size(), text));
    report.groupLines().forEach(line -> text.append(line).append('\n'));
    System.out.print(text);
    return 0;
  }

  private static void describe(ObserverStatus s, int datasets, StringBuilder text) {
    text.append(s.id())
        .append(" (")
        .append(s.group().key())
        .append(s.inPaper() ? ", paper" : "")
        .append(s.listed() ? "" : ", found only in the data")
        .append("): ")
        .append(s.readiness().label())
        .append('\n');
    if (s.modelFile() != null) {
      line(text, "model file", relative(s.modelFile()) + ": " + s.modelFileState().label());
    }
    for (DecisionSource source : DecisionSource.values()) {
      List<Dataset> these = s.datasets(source);
      if (!these.isEmpty()) {
        line(text, source.label(), names(these, datasets, s, source));
      }
    }
    line(text, "next", s.nextStep() == null ? "nothing to do" : s.nextStep());
  }

  private static String names(
      List<Dataset> these, int datasets, ObserverStatus s, DecisionSource source) {
    if (these.size() == datasets) {
      return "all " + datasets + " datasets";
    }
    return these.stream()
        .map(
            d ->
                source == DecisionSource.STALE
                    ? d.name() + " (" + s.staleReasons().get(d) + ")"
                    : d.name())
        .collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(INDENT).append(String.format("%-15s", label)).append(value).append('\n');
  }

  /** {@code file} relative to the project folder when it lies below it. */
  private static Path relative(Path file) {
    Path home = ProjectPaths.home();
    return file.startsWith(home) ? home.relativize(file) : file;
  }
}
