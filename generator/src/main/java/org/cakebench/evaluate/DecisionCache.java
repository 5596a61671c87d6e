package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvWriter;

/**
 * The decision cache: per job a model-vs-human trial file {@code
 * <raw-data>/<dataset>/<dataset>_<model>_session-1.csv} (what analyse, figures and build read), its
 * JSON manifest {@code ..._session-1.manifest.json} and its lock file {@code ..._session-1.lock}.
 * Files are written to a temporary file and renamed, so an interrupted run leaves either the old
 * file or the new one.
 */
public final class DecisionCache {
  private final Path rawDataDir;

  /** A cache whose trial files live under {@code rawDataDir}. */
  public DecisionCache(Path rawDataDir) {
    this.rawDataDir = rawDataDir;
  }

  /** The trial file of {@code job}. */
  public Path trialFile(EvaluationJob job) {
    return folder(job).resolve(TrialCsvWriter.fileName(job.dataset().name(), job.model().id(), 1));
  }

  /** The manifest beside the trial file. */
  public Path manifestFile(EvaluationJob job) {
    return sibling(job, ".manifest.json");
  }

  /** The lock file beside the trial file. */
  public Path lockFile(EvaluationJob job) {
    return sibling(job, ".lock");
  }

  /** The manifest of {@code job}'s cached file, if there is a readable one. */
  public Optional<ResultManifest> manifest(EvaluationJob job) {
    Path file = manifestFile(job);
    return Files.isRegularFile(file) ? ResultManifest.read(file) : Optional.empty();
  }

  /** Whether the cached file exists and was computed under {@code key}. */
  public boolean isCurrent(EvaluationJob job, CacheKey key) {
    return Files.isRegularFile(trialFile(job))
        && manifest(job).map(m -> m.key().equals(key)).orElse(false);
  }

  /** Takes the job's lock, or returns empty when another process holds it. */
  public Optional<DecisionLock> tryLock(EvaluationJob job) {
    return DecisionLock.tryAcquire(lockFile(job));
  }

  /**
   * Stores {@code trials} and their manifest. The old manifest goes first, so that a crash between
   * the two writes leaves a trial file without manifest, which the next run recomputes.
   */
  public void store(EvaluationJob job, List<Trial> trials, ResultManifest manifest) {
    try {
      Files.deleteIfExists(manifestFile(job));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + manifestFile(job), e);
    }
    TrialCsvWriter.write(trialFile(job), trials);
    AtomicFiles.writeString(manifestFile(job), manifest.toJson());
  }

  private Path folder(EvaluationJob job) {
    return rawDataDir.resolve(job.dataset().name());
  }

  private Path sibling(EvaluationJob job, String suffix) {
    String csv = trialFile(job).getFileName().toString();
    return folder(job).resolve(csv.substring(0, csv.length() - ".csv".length()) + suffix);
  }
}
