package org.cakebench.data.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import org.cakebench.data.AtomicFiles;
import org.cakebench.data.ContentDigest;
import org.cakebench.data.InvalidInputException;
import org.cakebench.data.IoErrors;
import org.cakebench.data.LockFile;
import org.cakebench.data.ProgressBars;
import org.jspecify.annotations.Nullable;

/**
 * Fetches the files of a manifest into the data folder: from upstream (or a mirror folder, or the
 * project's own resources for derived tables), verifying size and SHA-256, skipping files already
 * verified, resuming partial downloads, and moving each file into place only once it is complete
 * and correct, so an interrupted run loses nothing and never leaves a half file.
 */
public final class DataFetcher {
  private static final String PART = ".part";

  private final FetchOptions options;
  private final Source upstream;
  private final Source project = new ProjectSource();

  /** A fetcher with {@code options}; downloads when no mirror is given. */
  public DataFetcher(FetchOptions options) {
    this.options = options;
    this.upstream =
        options.mirror() != null
            ? new MirrorSource(options.mirror())
            : new HttpSource(options.connectTimeout());
  }

  /** Fetches every entry that is not already present and verified. */
  public FetchReport fetch(List<ManifestEntry> entries) {
    Path dir = options.dataDir();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + IoErrors.reason(e), e);
    }
    Path lockFile = dir.resolve(".fetch.lock");
    try (LockFile lock =
        LockFile.tryAcquire(lockFile)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        dir,
                        "another cakebench fetch is writing to this data folder ("
                            + LockFile.holderOf(lockFile)
                            + ")"))) {
      // Only fetches write the record, and this one holds the lock: its temporary files are
      // what killed fetches left.
      AtomicFiles.removeLeftovers(dir.resolve(VerifiedFiles.FILE_NAME));
      return fetchLocked(entries);
    }
  }

  private FetchReport fetchLocked(List<ManifestEntry> entries) {
    VerifiedFiles verified =
        options.fullCheck()
            ? VerifiedFiles.none(options.dataDir())
            : VerifiedFiles.load(options.dataDir());
    List<ManifestEntry> todo = new ArrayList<>();
    int present = 0;
    for (ManifestEntry e : entries) {
      if (verified.isCurrent(e) || matchesOnDisk(e, verified)) {
        present++;
      } else {
        todo.add(e);
      }
    }
    List<FetchReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger fetched = new AtomicInteger();
    if (!todo.isEmpty()) {
      long total = todo.stream().mapToLong(ManifestEntry::bytes).sum();
      ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
      try (StallWatch watch = new StallWatch(options.stallTimeout());
          @Nullable ProgressBar bar =
              options.progress()
                  ? ProgressBars.create("fetch " + todo.size() + " files", total, " MiB", 1 << 20)
                  : null) {
        List<Future<?>> jobs = new ArrayList<>();
        for (ManifestEntry e : todo) {
          jobs.add(
              pool.submit(
                  () -> {
                    try {
                      verified.markVerified(e, fetchWithRetries(e, watch, bar));
                      fetched.incrementAndGet();
                    } catch (IOException | RuntimeException ex) {
                      failures.add(new FetchReport.Failure(e.path(), IoErrors.reason(ex)));
                    }
                  }));
        }
        for (Future<?> job : jobs) {
          job.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("fetch interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    try {
      verified.save();
    } catch (UncheckedIOException e) {
      // Never instead of the list of files: on a full disk this fails along with them.
      failures.add(
          new FetchReport.Failure(
              VerifiedFiles.FILE_NAME,
              IoErrors.reason(e.getCause())
                  + " (the record of verified files; the next run checks them again)"));
    }
    List<FetchReport.Failure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparing(FetchReport.Failure::path));
    return new FetchReport(present, fetched.get(), sorted);
  }

  /** A file already on disk with the right size and hash (fetched earlier, or placed by hand). */
  private boolean matchesOnDisk(ManifestEntry e, VerifiedFiles verified) {
    Path file = options.dataDir().resolve(e.path());
    try {
      if (!Files.isRegularFile(file) || Files.size(file) != e.bytes()) {
        return false;
      }
      ContentDigest digest = ContentDigest.of(file);
      if (!digest.sha256().equals(e.sha256())) {
        return false;
      }
      verified.markVerified(e, digest.crc32c());
      return true;
    } catch (IOException ex) {
      return false;
    }
  }

  /** Fetches {@code e} into place; gives the CRC-32C of its verified content. */
  private long fetchWithRetries(ManifestEntry e, StallWatch watch, @Nullable ProgressBar bar)
      throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        return fetchOnce(e, watch, bar);
      } catch (FetchException ex) {
        if (!ex.retryable() || attempt >= options.retries()) {
          throw ex;
        }
        sleepBeforeRetry(attempt);
      }
    }
  }

  private long fetchOnce(ManifestEntry e, StallWatch watch, @Nullable ProgressBar bar)
      throws IOException {
    Path target = options.dataDir().resolve(e.path());
    Files.createDirectories(target.getParent());
    Path part = target.resolveSibling("." + target.getFileName() + PART);
    long offset = Files.exists(part) ? Files.size(part) : 0;
    if (offset > e.bytes()) {
      Files.delete(part);
      offset = 0;
    }
    if (offset == e.bytes() && offset > 0) {
      // An earlier attempt got every byte but stopped before the check: check it now.
      try {
        return verifyAndMove(e, part, target, offset);
      } catch (FetchException mismatch) {
        offset = 0; // verifyAndMove deleted the part; fetch it whole
      }
    }
    Source source = e.derived() ? project : upstream;
    Source.Opened opened = source.open(e, offset);
    boolean append = opened.offset() == offset && offset > 0;
    long written = append ? offset : 0;
    if (append && bar != null) {
      bar.stepBy(offset); // bytes a previous run already fetched
    }
    try {
      written = transfer(opened, e, part, append, written, watch, bar);
      return verifyAndMove(e, part, target, written);
    } catch (FetchException ex) {
      // A transfer that broke off keeps its part to resume from; a wrong one starts over.
      if (!ex.retryable()) {
        Files.deleteIfExists(part);
        if (append) {
          // The part may be left from an older manifest or a changed upstream file: once more,
          // from the first byte, before calling the file wrong.
          return fetchOnce(e, watch, bar);
        }
      }
      throw ex;
    } catch (PartOutput.WriteFailure ex) {
      // Writing failed here (a full disk, an I/O error): the space is wanted back, and a part
      // whose last write failed is no base to resume from.
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // named below all the same
      }
      throw ex;
    }
  }

  /** Copies the opened stream into the part file; returns the part's size. */
  private static long transfer(
      Source.Opened opened,
      ManifestEntry e,
      Path part,
      boolean append,
      long start,
      StallWatch watch,
      @Nullable ProgressBar bar)
      throws IOException {
    try (InputStream in = opened.stream();
        StallWatch.Transfer transfer = watch.watch(in, e.path());
        OutputStream out = PartOutput.open(part, append)) {
      long written = start;
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = transfer.read(buffer)) >= 0) {
        written += n;
        if (written > e.bytes()) {
          throw new FetchException("larger than the manifest's " + e.bytes() + " bytes", false);
        }
        out.write(buffer, 0, n);
        if (bar != null) {
          bar.stepBy(n);
        }
      }
      return written;
    }
  }

  /** Checks the complete part against the manifest and moves it into place; gives its CRC-32C. */
  private long verifyAndMove(ManifestEntry e, Path part, Path target, long written)
      throws IOException {
    if (written != e.bytes()) {
      // A short read is a broken transfer: keep the part to resume from.
      throw new FetchException("got " + written + " of " + e.bytes() + " bytes", true);
    }
    ContentDigest actual = ContentDigest.of(part);
    if (!actual.sha256().equals(e.sha256())) {
      Files.deleteIfExists(part);
      throw new FetchException(
          "checksum mismatch: expected SHA-256 " + e.sha256() + ", got " + actual.sha256(), false);
    }
    AtomicFiles.moveIntoPlace(part, target);
    return actual.crc32c();
  }

  private static void sleepBeforeRetry(int attempt) {
    try {
      Thread.sleep(200L << attempt);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }
}
