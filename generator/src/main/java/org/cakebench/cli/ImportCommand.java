package org.cakebench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cakebench.evaluate.ImportReport;
import org.cakebench.evaluate.TextureVsShapeImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cakebench import}: brings earlier published model decisions into the decision cache. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Import the 2019 texture-vs-shape CNN decisions into the cache.",
    description = {
      "Imports the CNN decision files of the 2019 texture-vs-shape study (cue-conflict, edge,",
      "silhouette) as observers tvs2019-* into <cache>/raw-data, matched image by image against",
      "the human trials there. Images that cannot be matched are reported and left out."
    })
final class ImportCommand implements Callable<Integer> {
  private static final int SHOWN = 20;

  @Option(
      names = "--texture-vs-shape",
      paramLabel = "DIR",
      required = true,
      description = "The study's raw-data folder (experiment folders of *.csv files).")
  Path textureVsShape;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Decision cache holding raw-data/ (default: the data folder).")
  Path cache;

  @Override
  public Integer call() {
    Path rawData = (cache != null ? cache : ProjectPaths.data()).resolve("raw-data");
    ImportReport report = TextureVsShapeImport.run(textureVsShape, rawData);
    for (ImportReport.Written w : report.written()) {
      Console.info(
          "wrote "
              + w.target()
              + " ("
              + w.trials()
              + " trials"
              + (w.missing() > 0
                  ? "; " + w.missing() + " images of " + w.dataset() + " not in the file"
                  : "")
              + ")");
    }
    report.skipped().forEach(s -> Console.warn("skipped " + s));
    if (!report.unmatched().isEmpty()) {
      Console.warn(
          report.unmatched().size() + " trials left out, their image is not in the dataset:");
      report.unmatched().stream().limit(SHOWN).forEach(u -> Console.warn("  " + u));
      if (report.unmatched().size() > SHOWN) {
        Console.warn("  ... and " + (report.unmatched().size() - SHOWN) + " more");
      }
    }
    Console.info("imported " + report.written().size() + " trial files into " + rawData);
    return 0;
  }
}
