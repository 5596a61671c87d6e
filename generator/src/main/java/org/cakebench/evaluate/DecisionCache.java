package org.cakebench.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.Trial;
import org.cakebench.data.TrialCsvWriter;
import org.cakebench.data.fetch.DataManifest;
import org.cakebench.data.fetch.ManifestEntry;

/**
 * The decision cache: per job a model-vs-human trial file {@code
 * <raw-data>/<dataset>/<dataset>_<model>_session-1.csv} (what analyse, figures and build read), its
 * JSON manifest {@code ..._session-1.manifest.json} and its lock file {@code ..._session-1.lock}.
 *
 * <p>The trial files share their folder with data evaluate did not write: the published decisions
 * that fetch-data places there, imported ones, files put there by hand. Evaluate writes a trial
 * file only when it is absent or has evaluate's manifest beside it, and never under a name of the
 * published data (see {@link Owner}). Files are written to a temporary file and renamed, so an
 * interrupted run leaves either the old file or the new one.
 */
public final class DecisionCache {
  private static final String RAW_DATA = "raw-data/";

  /** Who a job's trial file belongs to, and so whether evaluate may write it. */
  public enum Owner {
    /** No trial file yet: evaluate may write it. */
    NONE,
    /** A trial file with evaluate's manifest beside it: evaluate may replace it. */
    EVALUATE,
    /**
     * A file name of the published data (the bundled data manifest), present or not: never written,
     * or fetch-data and evaluate would replace each other's file on every build.
     */
    PUBLISHED,
    /** A trial file without manifest (imported, or placed by hand): never overwritten. */
    OTHER;

    /** Whether evaluate may write the trial file. */
    public boolean writable() {
      return this == NONE || this == EVALUATE;
    }
  }

  private final Path rawDataDir;
  private final Set<String> published;
  private final Consumer<EvaluationJob> afterTrialsWritten;

  /** A cache whose trial files live under {@code rawDataDir}. */
  public DecisionCache(Path rawDataDir) {
    this(rawDataDir, publishedTrialFiles(), job -> {});
  }

  /**
   * A cache that never writes the {@code published} files (paths relative to {@code rawDataDir})
   * and runs {@code afterTrialsWritten} between a trial file and its manifest (tests stop there).
   */
  DecisionCache(
      Path rawDataDir, Set<String> published, Consumer<EvaluationJob> afterTrialsWritten) {
    this.rawDataDir = rawDataDir;
    this.published = Set.copyOf(published);
    this.afterTrialsWritten = afterTrialsWritten;
  }

  /** The trial files of the bundled data manifest, relative to raw-data, e.g. {@code edge/...}. */
  static Set<String> publishedTrialFiles() {
    return DataManifest.bundled().stream()
        .map(ManifestEntry::path)
        .filter(p -> p.startsWith(RAW_DATA))
        .map(p -> p.substring(RAW_DATA.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The folder of trial files. */
  public Path rawDataDir() {
    return rawDataDir;
  }

  /** The trial file of {@code job}. */
  public Path trialFile(EvaluationJob job) {
    return folder(job).resolve(fileName(job));
  }

  /** The manifest beside the trial file. */
  public Path manifestFile(EvaluationJob job) {
    return sibling(job, ".manifest.json");
  }

  /** The lock file beside the trial file. */
  public Path lockFile(EvaluationJob job) {
    return sibling(job, ".lock");
  }

  /** Who {@code job}'s trial file belongs to. */
  public Owner owner(EvaluationJob job) {
    if (published.contains(job.dataset().name() + "/" + fileName(job))) {
      return Owner.PUBLISHED;
    }
    if (!Files.exists(trialFile(job))) {
      return Owner.NONE;
    }
    // Any manifest, even a damaged one, was written by evaluate: nothing else writes them.
    return Files.exists(manifestFile(job)) ? Owner.EVALUATE : Owner.OTHER;
  }

  /** The manifest of {@code job}'s cached file, if there is a readable one. */
  public Optional<ResultManifest> manifest(EvaluationJob job) {
    Path file = manifestFile(job);
    return Files.isRegularFile(file) ? ResultManifest.read(file) : Optional.empty();
  }

  /**
   * Whether the cached file was computed under {@code key} and is still the file evaluate wrote. A
   * trial file changed since (by hand, or replaced by another tool) is not current and is
   * recomputed: the manifest beside it shows that evaluate wrote the file first.
   */
  public boolean isCurrent(EvaluationJob job, CacheKey key) {
    Path trials = trialFile(job);
    if (!Files.isRegularFile(trials)) {
      return false;
    }
    Optional<ResultManifest> manifest = manifest(job);
    if (manifest.isEmpty() || !manifest.get().key().equals(key)) {
      return false;
    }
    String recorded = manifest.get().trialsSha256();
    return recorded != null && recorded.equals(sha256(trials));
  }

  /** Takes the job's lock, or returns empty when another process holds it. */
  public Optional<DecisionLock> tryLock(EvaluationJob job) {
    return DecisionLock.tryAcquire(lockFile(job));
  }

  /**
   * Deletes the temporary files a killed run left while writing {@code job}'s trial file or
   * manifest. Only under the job's lock, which every writer of them holds.
   */
  public void removeLeftovers(EvaluationJob job) {
    AtomicFiles.removeLeftovers(trialFile(job));
    AtomicFiles.removeLeftovers(manifestFile(job));
  }

  /**
   * Stores {@code trials} and their manifest, in three steps: a claim (the manifest without the
   * trial file's hash), the trial file, the manifest with its hash. Interrupted after the claim,
   * the job leaves a trial file that is evaluate's (a manifest is beside it) but not current (no
   * hash), which the next run recomputes; the trial file is never without a manifest, which would
   * make it look like someone else's.
   */
  public void store(EvaluationJob job, List<Trial> trials, ResultManifest manifest) {
    AtomicFiles.writeString(manifestFile(job), manifest.withTrialsSha256(null).toJson());
    TrialCsvWriter.write(trialFile(job), trials);
    afterTrialsWritten.accept(job);
    String written = sha256(trialFile(job));
    AtomicFiles.writeString(manifestFile(job), manifest.withTrialsSha256(written).toJson());
  }

  /** The SHA-256 of {@code file}, lower-case hex. */
  static String sha256(Path file) {
    try {
      return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private String fileName(EvaluationJob job) {
    return TrialCsvWriter.fileName(job.dataset().name(), job.model().id(), 1);
  }

  private Path folder(EvaluationJob job) {
    return rawDataDir.resolve(job.dataset().name());
  }

  private Path sibling(EvaluationJob job, String suffix) {
    String csv = fileName(job);
    return folder(job).resolve(csv.substring(0, csv.length() - ".csv".length()) + suffix);
  }
}
