package org.cakebench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cakebench.analysis.Analyses;
import org.cakebench.analysis.AnalysisResults;
import org.cakebench.data.ObserverCatalog;
import org.cakebench.data.RawData;
import org.cakebench.data.RawDataReader;
import org.cakebench.data.ReportSettings;
import org.cakebench.figures.FigureFile;
import org.cakebench.figures.FigureRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cakebench figures}: renders every figure from a raw-data folder. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    header = "Render every figure as SVG, 2x PNG and CSV.",
    description = {
      "Reads every observer's trials under DIR/<dataset>/*.csv, analyses them",
      "and renders every figure as SVG, PNG (2x) and CSV into OUT/figures.",
      "Figures an earlier run listed in OUT/figures/.figures-index and this run",
      "no longer draws are removed; other files in the folder are left alone.",
      "Notes on missing data and unlisted observers go to stderr."
    })
final class FiguresCommand implements Callable<Integer> {
  @Option(
      names = "--raw-data",
      paramLabel = "DIR",
      description = "Folder of <dataset>/*.csv trial files (default: data/raw-data).")
  Path rawData;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output root; figures go to DIR/figures (default: site-output).")
  Path out;

  @Option(
      names = "--observers",
      paramLabel = "FILE",
      description = "Observer catalog (default: content/observers.yaml).")
  Path observers;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      description = "Report settings (default: content/report.yaml).")
  Path settings;

  @Override
  public Integer call() {
    Path dir = rawData != null ? rawData : ProjectPaths.data().resolve("raw-data");
    Path root = out != null ? out : ProjectPaths.home().resolve("site-output");
    Path catalogFile =
        observers != null
            ? observers
            : ProjectPaths.home().resolve("content").resolve("observers.yaml");
    ObserverCatalog catalog = ObserverCatalog.load(catalogFile, ProjectPaths.home());
    RawData data = new RawDataReader(Console::warn).read(dir);
    AnalysisResults results = Analyses.run(data, Console::warn);
    ReportSettings chosen =
        ReportSettings.load(
            settings != null
                ? settings
                : ProjectPaths.home().resolve("content").resolve("report.yaml"));
    List<FigureFile> files =
        FigureRenderer.renderAll(results, catalog, chosen, root, Console::warn);
    Console.info("wrote " + files.size() + " figures to " + root.resolve(FigureRenderer.FOLDER));
    return 0;
  }
}
