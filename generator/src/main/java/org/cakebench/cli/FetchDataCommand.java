package org.cakebench.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.cakebench.data.Dataset;
import org.cakebench.data.Datasets;
import org.cakebench.data.fetch.ArchiveExtractor;
import org.cakebench.data.fetch.DataFetcher;
import org.cakebench.data.fetch.DataManifest;
import org.cakebench.data.fetch.FetchOptions;
import org.cakebench.data.fetch.FetchReport;
import org.cakebench.data.fetch.ImageArchives;
import org.cakebench.data.fetch.ManifestEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cakebench fetch-data}: downloads (or copies) and verifies the published data. */
@Command(
    name = "fetch-data",
    mixinStandardHelpOptions = true,
    header = "Fetch and verify the published data (trials, decisions, stimuli).",
    description =
        "Fetches every file of the data manifest (human trials, model decisions, stimuli, 2019 CNN decisions, class mappings) from its pinned upstream URL, or copies it from a mirror folder, verifying size and SHA-256. Files already verified are skipped; an interrupted run resumes.")
final class FetchDataCommand implements Callable<Integer> {
  @Mixin DataOptions dataOptions = new DataOptions();

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "Another manifest (TSV: path, bytes, sha256, upstream).")
  Path manifest;

  @Option(
      names = "--only",
      paramLabel = "PREFIX",
      split = ",",
      description = "Fetch only paths starting with these prefixes, e.g. raw-data,mappings.")
  List<String> only;

  @Option(
      names = "--jobs",
      defaultValue = "8",
      converter = OptionValues.Positive.class,
      description = "Files fetched at once (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(
      names = "--timeout",
      defaultValue = "20",
      paramLabel = "SECONDS",
      converter = OptionValues.Positive.class,
      description = "Connect and stall timeout in seconds (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(
      names = "--retries",
      defaultValue = "2",
      converter = OptionValues.NonNegative.class,
      description = "Retries after a transient failure (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--verify",
      description =
          "Hash every file present with SHA-256 again. Without it a rerun reads every file and"
              + " compares a CRC-32C of its content with the one recorded when it was verified.")
  boolean verify;

  @Option(names = "--no-progress", description = "Do not show a progress bar.")
  boolean noProgress;

  @Option(
      names = "--images",
      description =
          "Also fetch model-vs-human's image archives (<dataset>.tar.gz of its v0.1 release) of"
              + " the datasets whose images are not yet in <data>/stimuli, for `evaluate`.")
  boolean images;

  @Option(
      names = "--images-from",
      paramLabel = "DIR",
      description = "Take the image archives from this folder of <dataset>.tar.gz files instead.")
  Path imagesFrom;

  @Override
  public Integer call() {
    Path dir = dataOptions.dataDir();
    List<ManifestEntry> entries =
        manifest != null ? DataManifest.read(manifest) : DataManifest.bundled();
    if (only != null) {
      entries =
          entries.stream()
              .filter(e -> only.stream().anyMatch(p -> e.path().startsWith(p)))
              .toList();
    }
    Duration limit = Duration.ofSeconds(timeout);
    FetchOptions options =
        new FetchOptions(
            dir, dataOptions.mirrorDir(), jobs, limit, limit, retries, !noProgress, verify);
    FetchReport report = new DataFetcher(options).fetch(entries);
    Console.info(
        dir
            + ": "
            + report.fetched()
            + " fetched, "
            + report.alreadyVerified()
            + " already verified, "
            + report.failures().size()
            + " failed");
    for (FetchReport.Failure f : report.failures()) {
      Console.info("failed: " + f.path() + ": " + f.reason());
    }
    if (images || imagesFrom != null) {
      URI base = imagesFrom != null ? imagesFrom.toAbsolutePath().toUri() : ImageArchives.RELEASE;
      ImageArchives archives =
          new ImageArchives(
              base, Console::info, ArchiveExtractor.DEFAULT_MAX_BYTES, limit, retries, !noProgress);
      int failed = 0;
      for (Dataset d : Datasets.all()) {
        try {
          archives.fetch(d.name(), dir.resolve("stimuli"));
        } catch (RuntimeException e) {
          failed++;
          Console.info("failed: images of " + d.name() + ": " + ErrorMessage.of(e));
        }
      }
      if (failed > 0) {
        return 1;
      }
    }
    return report.complete() ? 0 : 1;
  }
}
