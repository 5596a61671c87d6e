package org.cakebench.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The data-folder options shared by the commands that fetch: {@code --data} and {@code
 * --data-mirror}.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (default: data/ in the project).")
  @Nullable Path data;

  @Option(
      names = "--data-mirror",
      paramLabel = "DIR",
      description =
          "Copy missing data from this folder, laid out like the data folder, instead of"
              + " downloading it from the pinned upstream URLs.")
  @Nullable Path mirror;

  /** The data folder, absolute. */
  Path dataDir() {
    return data != null ? data.toAbsolutePath().normalize() : ProjectPaths.data();
  }

  /** The mirror folder, absolute, or null to download. */
  @Nullable Path mirrorDir() {
    return mirror != null ? mirror.toAbsolutePath().normalize() : null;
  }
}
