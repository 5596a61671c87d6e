package org.cakebench.build;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Every path and switch of one report build, gathered in one place.
 *
 * @param projectRoot the project folder (content/, templates/, assets/, models/)
 * @param dataDir the data folder: published data and cached model decisions
 * @param mirror a local copy of the published data to copy from instead of downloading, or null
 * @param outDir the finished site goes here (default {@code site-output/})
 * @param evaluate whether to run models whose TorchScript files exist before analysing
 */
public record BuildConfig(
    Path projectRoot, Path dataDir, @Nullable Path mirror, Path outDir, boolean evaluate) {

  /** The observers file, {@code content/observers.yaml}. */
  public Path observersFile() {
    return projectRoot.resolve("content").resolve("observers.yaml");
  }

  /** The report settings, {@code content/report.yaml}. */
  public Path settingsFile() {
    return projectRoot.resolve("content").resolve("report.yaml");
  }

  /** The trial files of humans and models, {@code <data>/raw-data}. */
  public Path rawData() {
    return dataDir.resolve("raw-data");
  }

  /** The images, one folder per dataset, {@code <data>/stimuli}. */
  public Path stimuli() {
    return dataDir.resolve("stimuli");
  }
}
